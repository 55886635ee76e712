/*
 * The service worker of one survey link (#20), registered by its pages with JavaScript for the
 * scope /s/<token>/ (app/offline/OfflineSurvey.tsx). Built by scripts/build-service-worker.ts
 * into public/sw-survey.js. Pages come from the server whenever there is a connection and are
 * never kept from it (they hold answers); without one, the copy the page kept for this draft
 * is shown. Scripts, styles, translations, pictures and read-aloud audio are kept as they are
 * used: they hold nothing of anyone. It also answers whether own words typed offline may be
 * a disclosure (below).
 */
import { RangeRequestsPlugin } from "workbox-range-requests";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkOnly } from "workbox-strategies";
import { detectDisclosure } from "~/safeguarding/detect";
import { disclosureCheckMessage, surveyCacheName } from "./protocol";

/** What this file needs of the service worker's global scope (the app's types are the DOM's). */
interface WorkerScope {
  location: Location;
  navigator: { onLine: boolean };
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: "install" | "activate",
    listener: (event: Event & { waitUntil(promise: Promise<unknown>): void }) => void,
  ): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const scope = new URL(worker.registration.scope).pathname;
const token = scope.split("/")[2] ?? "";
const cacheName = surveyCacheName(token);

// A new version takes over at once: the pages it serves are those the page kept.
worker.addEventListener("install", (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener("activate", (event) => event.waitUntil(worker.clients.claim()));

/** The copy of a page kept for this draft (a `?return=check` asks for the same page). */
const keptPage = async (request: Request) =>
  (await caches.open(cacheName)).match(request.url, { ignoreSearch: true });

const fromServer = new NetworkOnly({
  // A connection that answers nothing for this long (Wi-Fi with no internet) counts as none.
  networkTimeoutSeconds: 10,
  plugins: [{ handlerDidError: ({ request }) => keptPage(request) }],
});
registerRoute(
  ({ request, url }) => request.mode === "navigate" && url.pathname.startsWith(scope),
  async (options) => {
    // Known to be offline: the kept copy at once, without trying the network first.
    const kept = worker.navigator.onLine ? undefined : await keptPage(options.request);
    return kept ?? fromServer.handle(options);
  },
);

const sharedFiles = /^\/(build|locales|pictures|audio)\//;
registerRoute(
  ({ url }) => url.origin === worker.location.origin && sharedFiles.test(url.pathname),
  new CacheFirst({ cacheName, plugins: [new RangeRequestsPlugin()] }),
);

/*
 * Whether own words typed offline may be a disclosure (#19, app/offline/disclosure-check.ts):
 * the server's check, run here on the device; the answer is a yes or no on the page's own
 * channel. The words are neither kept nor logged.
 */
worker.addEventListener("message", (event) => {
  const asked = event.data as { type?: unknown; text?: unknown } | null;
  if (asked?.type !== disclosureCheckMessage || typeof asked.text !== "string") return;
  event.ports[0]?.postMessage({ flagged: detectDisclosure(asked.text.slice(0, 5000)).flagged });
});
