import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings } from "~/platform/settings.server";
import { inspectionTeam, users } from "~db/schema";
import { startSession } from "~/auth/session.server";
import type { Audience } from "~/inspections/audiences";
import { listSurveyLinks } from "~/inspections/inspections.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { loader as commentsLoader } from "~/routes/inspections.$inspectionId.comments";
import { loader as exportLoader } from "~/routes/inspections.$inspectionId.export.$file";
import { loader as summaryLoader } from "~/routes/inspections.$inspectionId.summary";
import { findSurveyByToken } from "~/respond/survey-links.server";
import { getSurvey } from "~surveys";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";

/*
 * Whose words may be quoted (#17, #25): the team reads every comment, a small group's too, but
 * no page or file that quotes or exports comments carries a word from an audience whose count
 * is hidden. Every route that shows or exports comments is walked here; a new one must join
 * the list below, or the last test fails.
 */

const threshold = 5;
const parentWords = (i: number) => `Parent ${i}: the speech therapy waiting list was far too long`;
const practitionerWords = (i: number) =>
  `Practitioner ${i}: the waiting list for speech therapy was far too long`;

let handle: DatabaseHandle;
let inspectionId: string;
let cookie: string;
beforeAll(async () => {
  loadSettings({ ...process.env, SUPPRESS_BELOW: String(threshold) });
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Quoteshire" });
  const [user] = await handle.db
    .insert(users)
    .values({ email: "reader@inspect.test", name: "Reader", passwordHash: "x", role: "inspector" })
    .returning({ id: users.id });
  await handle.db.insert(inspectionTeam).values({ inspectionId, userId: user!.id, role: "lead" });
  cookie = (await startSession(user!.id)).split(";")[0]!;
  const links = await listSurveyLinks(handle.db, inspectionId);
  const respond = async (audience: Audience, words: (i: number) => string, times: number) => {
    const definition = getSurvey(audience, "standard");
    const text = definition.questions.find((q) => q.kind === "text")!;
    const survey = (await findSurveyByToken(
      handle.db,
      links.find((l) => l.audience === audience)!.token,
    ))!;
    for (let i = 0; i < times; i += 1) {
      const draft = await startDraft(handle.db, {
        surveyLinkId: survey.linkId,
        version: "standard",
        language: "en",
      });
      await saveDraftAnswer(handle.db, draft.id, text.id, { text: words(i) });
      await submitResponse(handle.db, {
        inspectionId,
        audience,
        definition,
        draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
        language: "en",
      });
    }
  };
  await respond("parent", parentWords, 6);
  await respond("practitioner", practitionerWords, 2);
});
afterAll(async () => {
  loadSettings(process.env);
  await handle.close();
});

const args = (url: string, params: Record<string, string>) => ({
  request: new Request(`http://localhost${url}`, { headers: { Cookie: cookie } }),
  params: { inspectionId, ...params },
  context: { cspNonce: "" },
});

/** What each route that shows or exports comments gives an inspector, as text. */
const walks: Record<string, () => Promise<string>> = {
  "inspections.$inspectionId.summary.tsx": async () =>
    JSON.stringify(await summaryLoader(args(`/inspections/${inspectionId}/summary`, {}))),
  "inspections.$inspectionId.export.$file.ts": async () => {
    const files = await Promise.all(
      ["summary.csv", "comments.csv"].map(async (file) => {
        const response = (await exportLoader(
          args(`/inspections/${inspectionId}/export/${file}`, { file }),
        )) as Response;
        return response.text();
      }),
    );
    return files.join("\n");
  },
  "inspections.$inspectionId.comments.tsx": async () =>
    JSON.stringify(await commentsLoader(args(`/inspections/${inspectionId}/comments`, {}))),
};
/** Whether a module imports `target`, directly or through other modules of the app. */
function reaches(file: string, target: string): boolean {
  const app = path.resolve(__dirname, "../../app");
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length) {
    const current = queue.pop()!;
    if (current === target) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    const source = readFileSync(current, "utf8");
    for (const [, spec] of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)) {
      const base = spec!.startsWith("~/")
        ? path.join(app, spec!.slice(2))
        : spec!.startsWith(".")
          ? path.resolve(path.dirname(current), spec!)
          : undefined;
      const found = base && [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find(existsSync);
      if (found) queue.push(found);
    }
  }
  return false;
}

/** Pages where the team reads every comment: these show a small group's words. */
const reading = new Set(["inspections.$inspectionId.comments.tsx"]);

describe(`whose words may be quoted, on ${databaseKind}`, () => {
  it("quotes parents, a group big enough to show, in the summary and the comments file", async () => {
    const summary = await walks["inspections.$inspectionId.summary.tsx"]!();
    const files = await walks["inspections.$inspectionId.export.$file.ts"]!();
    expect(summary).toMatch(/Parent \d: the speech therapy/);
    expect(files).toContain("Parent 0:");
  });

  it("lets the team read the small group's comments, and names the group as never quoted", async () => {
    const page = (await commentsLoader(args(`/inspections/${inspectionId}/comments`, {}))) as {
      withheld: Audience[];
      comments: { text: string }[];
    };
    expect(page.withheld).toEqual(["practitioner"]);
    expect(page.comments.map((c) => c.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Practitioner 0:"),
        expect.stringContaining("Practitioner 1:"),
      ]),
    );
  });

  it("carries no word of the small group on any page or file that quotes or exports", async () => {
    for (const [route, walk] of Object.entries(walks)) {
      if (reading.has(route)) continue;
      const text = await walk();
      expect(text, route).not.toContain("Practitioner 0");
      expect(text, route).not.toContain("Practitioner 1");
    }
  });

  it("walks every route that reaches the comments (a new one must join the walk)", () => {
    const routes = path.resolve(__dirname, "../../app/routes");
    const readsComments = readdirSync(routes).filter((file) =>
      reaches(
        path.join(routes, file),
        path.resolve(__dirname, "../../app/coding/comments.server.ts"),
      ),
    );
    expect(readsComments.sort()).toEqual(Object.keys(walks).sort());
  });
});
