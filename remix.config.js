/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.*", "**/*.server.ts"],
  serverModuleFormat: "esm",
  // tlds and stopwords-iso are JSON packages: bundled, so Node never imports their JSON bare.
  serverDependenciesToBundle: ["tlds", "stopwords-iso"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    // Off: matching every route for a partial manifest on each page cost 11% of the question
    // page's server time (tests/bench/question-page.ts); the whole manifest is one cached
    // 2 kB script instead.
    v3_lazyRouteDiscovery: false,
  },
};
