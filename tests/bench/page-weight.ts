/*
 * Page weight: the compressed bytes a browser downloads for an easy-read and a standard
 * question page from the production server, every request the page makes counted (the
 * document, stylesheets, pictures, scripts, what scripts fetch), judged on Brotli (what every
 * current browser takes over HTTPS; scripts and styles are compressed at build time) and
 * shown for gzip too. 1 kB = 1,000 bytes.
 *
 * The baseline is the same page with scripts removed: headless Chromium opens it with
 * JavaScript off, and everything it fetches is the page without scripts (HTML, CSS,
 * pictures, the icon). Then with JavaScript on: what it fetches beyond that is what the
 * scripts cost (the scripts, their imports and modulepreloads, the translations i18next
 * loads before hydrating, anything else). A static walk of the HTML and of every script's
 * imports, followed to the end, must find nothing Chromium did not fetch, or it is counted
 * too. Every request must be answered 200 from the app itself.
 *
 * Budgets (#21): the page without scripts ≤ 40 kB, what scripts add ≤ 100 kB, on Brotli.
 * Ends with one verdict line; exits 1 when a page is over a budget.
 *
 * Loopback only, in a throwaway PostgreSQL database that is dropped afterwards.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx tests/bench/page-weight.ts
 */
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { startDraft } from "~/responses/drafts.server";
import { findSurveyByToken } from "~/inspections/survey-links.server";
import { getSurvey } from "~surveys";
import type { Audience, SurveyVersion } from "~surveys";
import { offlineCopyHeader } from "~/offline/protocol";
import { chromiumArgs, chromiumPath } from "../e2e/chromium";
import {
  createThrowawayDatabase,
  openInspection,
  startProductionServer,
  writeFigures,
} from "./production-server";

const budgets = { withoutScripts: 40_000, scripts: 100_000 };
const pages: { name: string; audience: Audience; version: SurveyVersion }[] = [
  { name: "easy-read", audience: "child", version: "easy" },
  { name: "standard", audience: "parent", version: "standard" },
];

type Kind = "html" | "css" | "picture" | "js" | "fetched" | "offline" | "other";
const offlineHeader = offlineCopyHeader.toLowerCase();

/** One GET as the server answers it with this Accept-Encoding: bytes on the wire, decoded. */
function get(url: string, encoding: string, cookie = "") {
  return new Promise<{ status: number; wire: number; body: Buffer }>((resolve, reject) => {
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
        resolve({ status: response.statusCode ?? 0, wire: raw.length, body });
      });
      response.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, "&");

/** Static and dynamic imports of our own build files in one script. */
function importsIn(script: string): string[] {
  const paths = new Set<string>();
  for (const [, path] of script.matchAll(/(?:from|import)\s*\(?\s*"(\/build\/[^"]+\.js)"/g))
    paths.add(path!);
  return [...paths];
}

/** Stylesheets, script sources, modulepreloads and inline-module imports in a page. */
function assetsInHtml(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, "rel");
    const href = attribute(tag, "href");
    if (href && (rel === "stylesheet" || rel === "modulepreload")) found.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*\ssrc="[^"]*"[^>]*>/g))
    found.push(attribute(tag, "src")!);
  for (const [, script] of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g))
    found.push(...importsIn(script!));
  return found;
}

const kindOf = (path: string, resourceType: string): Kind =>
  resourceType === "offline"
    ? "offline"
    : resourceType === "document"
      ? "html"
      : path.startsWith("/locales/") || resourceType === "fetch" || resourceType === "xhr"
        ? "fetched"
        : path.endsWith(".css") || resourceType === "stylesheet"
          ? "css"
          : path.endsWith(".js") || resourceType === "script"
            ? "js"
            : resourceType === "image" || path.startsWith("/pictures/")
              ? "picture"
              : "other";

/** Everything Chromium fetches opening the page, with JavaScript on or off. */
async function browse(origin: string, pagePath: string, cookie: string, javaScript: boolean) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const fetched: { url: string; path: string; type: string }[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: origin }]);
    const page = await context.newPage();
    const record = (url: string, type: string) => {
      const requested = new URL(url);
      if (requested.protocol === "data:" || requested.protocol === "blob:") return;
      fetched.push({ url, path: requested.pathname + requested.search, type });
    };
    // What the page fetches to keep the survey for offline use (#20) is its own side.
    page.on("requestfinished", (done) =>
      record(done.url(), done.headers()[offlineHeader] ? "offline" : done.resourceType()),
    );
    // With JavaScript off Chromium still asks for the scripts and drops them: not fetched.
    page.on("requestfailed", (failed) => {
      if (!javaScript && failed.resourceType() === "script") return;
      record(failed.url(), `failed ${failed.resourceType()}`);
    });
    await page.goto(`${origin}${pagePath}`, { waitUntil: "networkidle" });
    if (javaScript) await page.waitForSelector("html[data-hydrated=true]", { timeout: 15_000 });
    // Anything the page fetches a moment after it settles (the icon, say).
    await page.waitForTimeout(500);
  } finally {
    await browser.close();
  }
  return fetched;
}

interface Row {
  asset: string;
  kind: Kind;
  raw: number;
  gzip: number;
  br: number;
}

async function weigh(origin: string, path: string, kind: Kind, cookie = ""): Promise<Row> {
  const gzip = await get(`${origin}${path}`, "gzip", cookie);
  const br = await get(`${origin}${path}`, "br", cookie);
  if (gzip.status !== 200 || br.status !== 200)
    throw new Error(`${path}: answered ${gzip.status}/${br.status}`);
  return { asset: path, kind, raw: gzip.body.length, gzip: gzip.wire, br: br.wire };
}

async function weighPage(origin: string, pagePath: string, cookie: string) {
  const problems: string[] = [];
  const withoutScripts = await browse(origin, pagePath, cookie, false);
  const withScripts = await browse(origin, pagePath, cookie, true);
  const html = (await get(`${origin}${pagePath}`, "identity", cookie)).body.toString("utf8");

  // The static walk: HTML, then scripts' imports until there is nothing new.
  const walked = new Set<string>();
  const queue = assetsInHtml(html);
  while (queue.length) {
    const path = queue.shift()!;
    if (walked.has(path)) continue;
    walked.add(path);
    if (path.endsWith(".js"))
      queue.push(...importsIn((await get(`${origin}${path}`, "identity")).body.toString("utf8")));
  }

  const rows = new Map<string, Row & { withoutScripts: boolean }>();
  const add = async (request: { url: string; path: string; type: string }, inBaseline: boolean) => {
    if (new URL(request.url).origin !== origin) {
      problems.push(`${request.url}: not from the app`);
      return;
    }
    if (request.type.startsWith("failed")) problems.push(`${request.path}: ${request.type}`);
    if (rows.has(request.path)) return;
    const kind = kindOf(request.path, request.type.replace("failed ", ""));
    // Pages answer only the browser whose draft they show (offline copies are pages too).
    const row = await weigh(origin, request.path, kind, cookie);
    rows.set(request.path, { ...row, withoutScripts: inBaseline });
  };
  for (const r of withoutScripts) await add(r, true);
  for (const r of withScripts) await add(r, false);
  const missed = [...walked].filter((path) => !rows.has(path));
  for (const path of missed)
    rows.set(path, { ...(await weigh(origin, path, kindOf(path, ""))), withoutScripts: false });

  const all = [...rows.values()];
  const total = (list: Row[], field: "raw" | "gzip" | "br") =>
    list.reduce((sum, r) => sum + r[field], 0);
  const sides = {
    withoutScripts: all.filter((r) => r.withoutScripts),
    scripts: all.filter((r) => !r.withoutScripts && r.kind !== "offline"),
    // Fetched once the page is ready, so it works without a connection: reported, not in
    // the page's budgets (the page does not wait for it).
    offline: all.filter((r) => !r.withoutScripts && r.kind === "offline"),
  };
  const totals = Object.fromEntries(
    Object.entries(sides).map(([side, list]) => [
      side,
      {
        raw: total(list, "raw"),
        gzip: total(list, "gzip"),
        br: total(list, "br"),
        files: list.length,
      },
    ]),
  ) as Record<keyof typeof sides, { raw: number; gzip: number; br: number; files: number }>;
  const byKind = Object.fromEntries(
    (["html", "css", "picture", "js", "fetched", "offline", "other"] as Kind[]).map((kind) => [
      kind,
      total(
        all.filter((r) => r.kind === kind),
        "br",
      ),
    ]),
  );
  return { rows: all, totals, byKind, missedByChromium: missed, problems };
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
const verdicts: string[] = [];
let met = true;
for (const [name, page] of Object.entries(results)) {
  console.log(`\n${name} question page (${page.rows.length} requests; bytes)`);
  console.table(
    page.rows.map((r) => ({
      asset: r.asset.replace(/\/s\/[^/]+/, "/s/:token"),
      kind: r.kind,
      "without scripts": r.withoutScripts,
      raw: r.raw,
      gzip: r.gzip,
      br: r.br,
    })),
  );
  if (page.missedByChromium.length)
    console.log(
      `Found by the static walk, not fetched by Chromium: ${page.missedByChromium.join(", ")}`,
    );
  for (const problem of page.problems) console.error(`  ${problem}`);
  const withinBase = page.totals.withoutScripts.br <= budgets.withoutScripts;
  const withinScripts = page.totals.scripts.br <= budgets.scripts;
  const ok = withinBase && withinScripts && page.problems.length === 0;
  met &&= ok;
  summary.push({
    page: name,
    "without scripts br kB": kB(page.totals.withoutScripts.br),
    "(gzip)": kB(page.totals.withoutScripts.gzip),
    "scripts add br kB": kB(page.totals.scripts.br),
    "(gzip) ": kB(page.totals.scripts.gzip),
    "HTML br": kB(page.byKind.html!),
    "CSS br": kB(page.byKind.css!),
    "pictures br": kB(page.byKind.picture!),
    "JS br": kB(page.byKind.js!),
    "fetched by scripts br": kB(page.byKind.fetched!),
    "kept for offline br": kB(page.totals.offline.br),
    "(files)": page.totals.offline.files,
    "other br": kB(page.byKind.other!),
    "within budgets": ok,
  });
  verdicts.push(
    `${name} ${kB(page.totals.withoutScripts.br)} kB without scripts (≤ ${kB(budgets.withoutScripts)}: ${withinBase ? "met" : "MISSED"}) + ${kB(page.totals.scripts.br)} kB of scripts (≤ ${kB(budgets.scripts)}: ${withinScripts ? "met" : "MISSED"})` +
      ` (and ${kB(page.totals.offline.br)} kB in ${page.totals.offline.files} files kept for offline use once it is ready)` +
      (page.problems.length ? `, ${page.problems.length} requests not answered by the app` : ""),
  );
}
console.log(
  `\nBudgets on Brotli: the page without scripts ≤ ${kB(budgets.withoutScripts)} kB, what scripts add ≤ ${kB(budgets.scripts)} kB`,
);
console.table(summary);
writeFigures("page-weight", {
  budgets,
  pages: Object.fromEntries(
    Object.entries(results).map(([name, page]) => [
      name,
      {
        path: page.path.replace(/\/s\/[^/]+/, "/s/:token"),
        totals: page.totals,
        byKind: page.byKind,
        missedByChromium: page.missedByChromium,
        problems: page.problems,
        requests: page.rows,
      },
    ]),
  ),
});
console.log(`page-weight: ${met ? "PASS" : "FAIL"} — ${verdicts.join("; ")} (Brotli)`);
if (!met) process.exitCode = 1;
