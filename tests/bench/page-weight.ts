/*
 * Page weight: the compressed bytes a browser downloads for an easy-read and a standard
 * question page from the production server, against budgets (HTML + CSS ≤ 40 kB,
 * JavaScript ≤ 120 kB; 1 kB = 1,000 bytes), judged on Brotli (what every current browser
 * takes over HTTPS; scripts and styles are compressed at build time) and shown for gzip too.
 *
 * Assets are found the way a browser finds them: every stylesheet, script src and
 * modulepreload in the HTML, the inline module script's imports, and every static or dynamic
 * import inside those scripts, followed to the end. Each is fetched as the server sends it
 * with `Accept-Encoding: gzip` and with `br`. Headless Chromium then opens each page, to list
 * what the page fetches at run time: the /locales/<language>/<namespace> files i18next loads
 * before hydrating (counted as JavaScript: only a browser running it needs them) and any
 * stylesheet or script the static walk did not find.
 *
 * Loopback only, in a throwaway PostgreSQL database that is dropped afterwards.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/page-weight.ts
 */
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { startDraft } from "~/responses/drafts.server";
import { findSurveyByToken } from "~/respond/survey-links.server";
import { getSurvey } from "~surveys";
import type { Audience, SurveyVersion } from "~surveys";
import { chromiumArgs, chromiumPath } from "../e2e/chromium";
import {
  createThrowawayDatabase,
  openInspection,
  startProductionServer,
  writeFigures,
} from "./production-server";

const budgets = { htmlCss: 40_000, js: 120_000 };
const pages: { name: string; audience: Audience; version: SurveyVersion }[] = [
  { name: "easy-read", audience: "child", version: "easy" },
  { name: "standard", audience: "parent", version: "standard" },
];

// "fetched": data a script fetches at run time (translations, Remix's route manifest).
type Kind = "html" | "css" | "js" | "fetched" | "other";

/** One GET as the server answers it with this Accept-Encoding: bytes on the wire, decoded. */
function get(url: string, encoding: string, cookie = "") {
  return new Promise<{ status: number; wire: number; encoding: string; body: Buffer }>(
    (resolve, reject) => {
      const headers: Record<string, string> = { "Accept-Encoding": encoding };
      if (cookie) headers.Cookie = cookie;
      request(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const used = String(response.headers["content-encoding"] ?? "identity");
          const body =
            used === "gzip" ? gunzipSync(raw) : used === "br" ? brotliDecompressSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, wire: raw.length, encoding: used, body });
        });
        response.on("error", reject);
      })
        .on("error", reject)
        .end();
    },
  );
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, "&");

/** Stylesheets, script sources, modulepreloads and inline-module imports in a page. */
function assetsInHtml(html: string) {
  const found: { path: string; kind: Kind }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, "rel");
    const href = attribute(tag, "href");
    if (!href) continue;
    if (rel === "stylesheet") found.push({ path: href, kind: "css" });
    if (rel === "modulepreload") found.push({ path: href, kind: "js" });
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*\ssrc="[^"]*"[^>]*>/g))
    found.push({ path: attribute(tag, "src")!, kind: "js" });
  for (const [, script] of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g))
    for (const path of importsIn(script!)) found.push({ path, kind: "js" });
  return found;
}

/** Static and dynamic imports of our own build files in one script. */
function importsIn(script: string): string[] {
  const paths = new Set<string>();
  for (const [, path] of script.matchAll(/(?:from|import)\s*\(?\s*"(\/build\/[^"]+\.js)"/g))
    paths.add(path!);
  return [...paths];
}

const kindOf = (path: string, resourceType = ""): Kind =>
  path.startsWith("/locales/") || path.startsWith("/__manifest")
    ? "fetched"
    : path.endsWith(".css") || resourceType === "stylesheet"
      ? "css"
      : path.endsWith(".js") || resourceType === "script"
        ? "js"
        : "other";

async function weighPage(origin: string, pagePath: string, cookie: string) {
  const url = `${origin}${pagePath}`;
  const gzipHtml = await get(url, "gzip", cookie);
  const brHtml = await get(url, "br", cookie);
  if (gzipHtml.status !== 200) throw new Error(`${pagePath}: ${gzipHtml.status}`);
  const html = gzipHtml.body.toString("utf8");

  // The static walk: HTML, then scripts' imports until there is nothing new.
  const assets = new Map<string, Kind>();
  const queue = assetsInHtml(html);
  while (queue.length) {
    const { path, kind } = queue.shift()!;
    if (assets.has(path)) continue;
    assets.set(path, kind);
    if (kind === "js") {
      const script = (await get(`${origin}${path}`, "identity")).body.toString("utf8");
      for (const imported of importsIn(script)) queue.push({ path: imported, kind: "js" });
    }
  }

  // What a browser really fetches, JavaScript on.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const fetched: { path: string; type: string }[] = [];
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: origin }]);
    const page = await context.newPage();
    page.on("requestfinished", (finished) => {
      const requested = new URL(finished.url());
      if (requested.origin === origin)
        fetched.push({
          path: requested.pathname + requested.search,
          type: finished.resourceType(),
        });
    });
    await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForSelector("html[data-hydrated=true]", { timeout: 15_000 });
  } finally {
    await browser.close();
  }
  const missed: string[] = [];
  for (const { path, type } of fetched) {
    if (path === pagePath || assets.has(path)) continue;
    const kind = kindOf(path, type);
    if (kind === "css" || kind === "js") missed.push(path);
    assets.set(path, kind);
  }

  const rows = [
    {
      asset: pagePath.replace(/\/s\/[^/]+/, "/s/:token"),
      kind: "html" as Kind,
      raw: gzipHtml.body.length,
      gzip: gzipHtml.wire,
      br: brHtml.wire,
    },
  ];
  for (const [path, kind] of assets) {
    const gzip = await get(`${origin}${path}`, "gzip");
    const br = await get(`${origin}${path}`, "br");
    if (gzip.status !== 200) throw new Error(`${path}: ${gzip.status}`);
    rows.push({ asset: path, kind, raw: gzip.body.length, gzip: gzip.wire, br: br.wire });
  }
  const total = (kinds: Kind[], field: "raw" | "gzip" | "br") =>
    rows.filter((r) => kinds.includes(r.kind)).reduce((sum, r) => sum + r[field], 0);
  const htmlCss = ["html", "css"] as Kind[];
  // What scripts fetch (translations, the route manifest) is there only for JavaScript.
  const js = ["js", "fetched"] as Kind[];
  return {
    rows,
    locales: rows.filter((r) => r.asset.startsWith("/locales/")).map((r) => r.asset),
    missedByStaticWalk: missed,
    totals: {
      htmlCss: {
        raw: total(htmlCss, "raw"),
        gzip: total(htmlCss, "gzip"),
        br: total(htmlCss, "br"),
      },
      js: { raw: total(js, "raw"), gzip: total(js, "gzip"), br: total(js, "br") },
      localesGzip: rows
        .filter((r) => r.asset.startsWith("/locales/"))
        .reduce((sum, r) => sum + r.gzip, 0),
      other: { raw: total(["other"], "raw"), gzip: total(["other"], "gzip") },
    },
  };
}

const database = await createThrowawayDatabase();
const results: Record<string, Awaited<ReturnType<typeof weighPage>> & { path: string }> = {};
try {
  const server = await startProductionServer(database.url);
  const { handle, links } = await openInspection(database.url);
  try {
    for (const { name, audience, version } of pages) {
      const { token } = links.find((l) => l.audience === audience)!;
      const survey = (await findSurveyByToken(handle.db, token))!;
      const draft = await startDraft(handle.db, {
        surveyLinkId: survey.linkId,
        version,
        language: "en",
      });
      const question = getSurvey(audience, version).questions[0]!;
      const path = `/s/${token}/q/${question.id}`;
      results[name] = { path, ...(await weighPage(server.origin, path, `sv_draft=${draft.id}`)) };
    }
  } finally {
    await server.stop();
    await handle.close();
  }
} finally {
  await database.drop();
}

const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));
const summary = [];
for (const [name, page] of Object.entries(results)) {
  console.log(`\n${name} question page (${page.rows.length} files; bytes)`);
  console.table(page.rows);
  console.log(
    `/locales requests by i18next in the browser: ${page.locales.join(", ") || "none"} (${kB(page.totals.localesGzip)} kB gzip, counted under JS)`,
  );
  if (page.missedByStaticWalk.length)
    console.log(
      `Fetched by the browser beyond the static walk: ${page.missedByStaticWalk.join(", ")}`,
    );
  summary.push({
    page: name,
    "HTML+CSS gzip kB": kB(page.totals.htmlCss.gzip),
    "HTML+CSS br kB": kB(page.totals.htmlCss.br),
    "JS gzip kB": kB(page.totals.js.gzip),
    "JS br kB": kB(page.totals.js.br),
    "of which locales kB": kB(page.totals.localesGzip),
    // Every current browser asks for Brotli over HTTPS, so that is what a phone downloads;
    // a browser that only takes gzip gets the gzip column.
    "within budget (br)":
      page.totals.htmlCss.br <= budgets.htmlCss && page.totals.js.br <= budgets.js,
    "within budget (gzip)":
      page.totals.htmlCss.gzip <= budgets.htmlCss && page.totals.js.gzip <= budgets.js,
  });
}
console.log(
  `\nBudgets (compressed): HTML + CSS ≤ ${kB(budgets.htmlCss)} kB, JS ≤ ${kB(budgets.js)} kB`,
);
console.table(summary);
writeFigures("page-weight", {
  budgets,
  pages: Object.fromEntries(
    Object.entries(results).map(([name, page]) => [
      name,
      {
        totals: page.totals,
        locales: page.locales,
        missedByStaticWalk: page.missedByStaticWalk,
        assets: page.rows,
        withinBudget: page.totals.htmlCss.br <= budgets.htmlCss && page.totals.js.br <= budgets.js,
        withinBudgetOnGzip:
          page.totals.htmlCss.gzip <= budgets.htmlCss && page.totals.js.gzip <= budgets.js,
      },
    ]),
  ),
});
