import { virtual } from "@guidepup/virtual-screen-reader";
import { createRequestHandler } from "@remix-run/node";
import type { ServerBuild } from "@remix-run/node";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import * as entryServer from "~/entry.server";
import * as root from "~/root";
import * as surveyLayout from "~/routes/s.$token";
import * as surveyStart from "~/routes/s.$token._index";
import * as questionPage from "~/routes/s.$token.q.$questionId";
import { resources } from "~locales";
import { createOpenInspection, createTestDatabase } from "./test-database";
import { listSurveyLinks } from "~/inspections/survey-links.server";

/*
 * What a screen reader says on an easy-read question page, as the server sends it (no
 * JavaScript): the question as the heading, each answer as a radio with its state, and after a
 * refused answer the error summary as an alert.
 */

/**
 * The survey routes, straight from the source, behind Remix's own request handler: the same
 * document render as the server, with the test's database and no build step.
 */
function surveyBuild(): ServerBuild {
  const routes = {
    root: { id: "root", path: "", module: root },
    "routes/s.$token": {
      id: "routes/s.$token",
      parentId: "root",
      path: "s/:token",
      module: surveyLayout,
    },
    "routes/s.$token._index": {
      id: "routes/s.$token._index",
      parentId: "routes/s.$token",
      index: true,
      module: surveyStart,
    },
    "routes/s.$token.q.$questionId": {
      id: "routes/s.$token.q.$questionId",
      parentId: "routes/s.$token",
      path: "q/:questionId",
      module: questionPage,
    },
  };
  const has = (module: object, name: string) => name in module;
  return {
    mode: "production",
    entry: { module: entryServer as unknown as ServerBuild["entry"]["module"] },
    routes: routes as unknown as ServerBuild["routes"],
    // The browser's script files are not needed here: the page is read as sent.
    assets: {
      entry: { module: "/build/entry.client.js", imports: [] },
      url: "/build/manifest.js",
      version: "test",
      routes: Object.fromEntries(
        Object.values(routes).map((route) => [
          route.id,
          {
            id: route.id,
            parentId: "parentId" in route ? route.parentId : undefined,
            path: "path" in route ? route.path : undefined,
            index: "index" in route ? route.index : undefined,
            module: `/build/${route.id}.js`,
            hasAction: has(route.module, "action"),
            hasLoader: has(route.module, "loader"),
            hasClientAction: false,
            hasClientLoader: false,
            hasErrorBoundary: has(route.module, "ErrorBoundary"),
          },
        ]),
      ),
    },
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    // As in remix.config.js.
    future: {
      v3_fetcherPersist: true,
      v3_relativeSplatPath: true,
      v3_throwAbortReason: true,
      v3_singleFetch: true,
      v3_lazyRouteDiscovery: true,
    } as ServerBuild["future"],
    isSpaMode: false,
  };
}

let handle: DatabaseHandle;
let childToken: string;
const handler = createRequestHandler(surveyBuild(), "production");

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const inspectionId = await createOpenInspection(handle.db, {
    localAreaName: "Readershire",
  });
  const links = await listSurveyLinks(handle.db, inspectionId);
  childToken = links.find((link) => link.audience === "child")!.token;
});
afterAll(() => handle.close());

async function send(
  path: string,
  options: { cookie?: string; form?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { "Accept-Language": "en" };
  if (options.cookie) headers.Cookie = options.cookie;
  const request = options.form
    ? new Request(`http://localhost${path}`, {
        method: "POST",
        body: new URLSearchParams(options.form),
        headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      })
    : new Request(`http://localhost${path}`, { headers });
  return handler(request, { cspNonce: "" });
}

/** Agrees to take part in the children's easy-read survey; returns the draft cookie. */
async function startEasyRead(): Promise<string> {
  const response = await send(`/s/${childToken}?index`, {
    form: { consent: "yes", version: "easy" },
  });
  expect(response.status).toBe(302);
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

/**
 * Everything the virtual screen reader says, reading the page from top to bottom. The page is
 * the server's HTML with its scripts left out: what a person hears before (or without) them.
 *
 * Pages are rendered here as on the server, with no `window` (react-aria renders differently in
 * a browser-like global scope), so the DOM's globals are lent to the screen reader only while it
 * reads: it tells a radio from a text box by the global element classes.
 */
async function readAloud(html: string): Promise<string[]> {
  const dom = new JSDOM(html, { url: "http://localhost/" });
  for (const script of dom.window.document.querySelectorAll("script")) script.remove();
  const lent = Object.getOwnPropertyNames(dom.window).filter((name) => !(name in globalThis));
  const scope = globalThis as Record<string, unknown>;
  for (const name of lent) scope[name] = (dom.window as unknown as Record<string, unknown>)[name];
  try {
    await virtual.start({ container: dom.window.document.body });
    for (let step = 0; step < 500; step += 1) {
      if ((await virtual.lastSpokenPhrase()) === "end of document") break;
      await virtual.next();
    }
    return await virtual.spokenPhraseLog();
  } finally {
    await virtual.stop();
    for (const name of lent) delete scope[name];
    dom.window.close();
  }
}

const english = resources.en;
const faces = english["survey-common"].scale.faces;
const faceLabels = [faces.happy, faces.ok, faces.sad, faces.dont_know];
const needsNoticed = english["survey-child"].easy.needs_noticed.text;
const skills = english["survey-child"].easy.independence_skills;

describe("easy-read question page read by a screen reader", () => {
  it("announces the question as the heading, then each face as a radio, not checked", async () => {
    const cookie = await startEasyRead();
    const response = await send(`/s/${childToken}/q/needs_noticed`, { cookie });
    expect(response.status).toBe(200);
    const spoken = await readAloud(await response.text());

    // A fieldset: the question is the group's name, heard on entering it (the GOV.UK pattern).
    expect(spoken).toContain(`group, ${needsNoticed}`);
    const heading = spoken.indexOf(`heading, ${needsNoticed}, level 1`);
    expect(heading).toBeGreaterThan(-1);
    faceLabels.forEach((label, index) => {
      const phrase = `radio, ${label}, not checked, position ${index + 1}, set size 4`;
      expect(spoken).toContain(phrase);
      expect(spoken.indexOf(phrase)).toBeGreaterThan(heading);
    });
    expect(spoken).toContain(`button, ${english.survey.question.continue}, continue`);
  });

  it("names the read-aloud player once: its visible label is not read a second time", async () => {
    const cookie = await startEasyRead();
    const html = await (await send(`/s/${childToken}/q/needs_noticed`, { cookie })).text();
    // The pre-made audio exists (npm test builds it first), so there is a player to name.
    expect(html).toMatch(/<audio[^>]*aria-labelledby="read-aloud-label"/);
    const spoken = await readAloud(html);
    const label = english.common.readAloud.label;
    expect(spoken.filter((phrase) => phrase.includes(label))).toHaveLength(1);
  });

  it("says which answer is chosen when a person comes back to the question", async () => {
    const cookie = await startEasyRead();
    const path = `/s/${childToken}/q/needs_noticed`;
    const saved = await send(path, { cookie, form: { answer: "happy", intent: "continue" } });
    expect(saved.status).toBe(302);
    const spoken = await readAloud(await (await send(path, { cookie })).text());
    expect(spoken).toContain(`radio, ${faces.happy}, checked, position 1, set size 4`);
    expect(spoken).toContain(`radio, ${faces.ok}, not checked, position 2, set size 4`);
  });

  it("announces the hint with the group, then each answer of a choose-many question as a check box", async () => {
    const cookie = await startEasyRead();
    const response = await send(`/s/${childToken}/q/independence_skills`, { cookie });
    const spoken = await readAloud(await response.text());
    expect(spoken).toContain(`group, ${skills.text}, ${skills.help}`);
    expect(spoken).toContain(`heading, ${skills.text}, level 1`);
    for (const label of [skills.college, skills.work, skills.none, skills.dont_know])
      expect(spoken).toContain(`checkbox, ${label}, not checked`);
  });

  it("after a refused answer, announces the error summary as an alert, and the error at the question", async () => {
    const cookie = await startEasyRead();
    const response = await send(`/s/${childToken}/q/needs_noticed`, {
      cookie,
      form: { answer: "not-an-answer", intent: "continue" },
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/<title>Error: /);
    const spoken = await readAloud(html);

    const problem = english.survey.question.invalidOption;
    const alert = spoken.indexOf(`alert, ${english.common.error.summaryTitle}`);
    const endOfAlert = spoken.indexOf(`end of alert, ${english.common.error.summaryTitle}`);
    const link = spoken.indexOf(`link, ${problem}`);
    expect(alert).toBeGreaterThan(-1);
    // The summary comes first in the page and holds a link to the question.
    expect(alert).toBeLessThan(spoken.indexOf(`heading, ${needsNoticed}, level 1`));
    expect(link).toBeGreaterThan(alert);
    expect(link).toBeLessThan(endOfAlert);
    // At the question: entering the group says what is wrong, then the answers follow.
    const group = spoken.indexOf(
      `group, ${needsNoticed}, ${english.common.error.prefix} ${problem}`,
    );
    expect(group).toBeGreaterThan(endOfAlert);
    expect(
      spoken.indexOf(`radio, ${faces.happy}, not checked, position 1, set size 4`),
    ).toBeGreaterThan(group);
  });
});
