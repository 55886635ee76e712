import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings } from "~/platform/settings.server";
import { inspectionTeam, users } from "~db/schema";
import { startSession } from "~/auth/session.server";
import type { Audience } from "~/inspections/audiences";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { loader as commentsLoader } from "~/routes/inspections.$inspectionId.comments";
import { loader as queueLoader } from "~/routes/inspections.$inspectionId.comments_.queue";
import { loader as bulkLoader } from "~/routes/inspections.$inspectionId.comments_.bulk";
import { loader as exportLoader } from "~/routes/inspections.$inspectionId.export.$file";
import { loader as packLoader } from "~/routes/inspections.$inspectionId.evidence-pack";
import { loader as packFileLoader } from "~/routes/inspections.$inspectionId.evidence-pack[.]docx";
import { docxText } from "../docx";
import { loader as summaryLoader } from "~/routes/inspections.$inspectionId.summary";
import { loader as overviewLoader } from "~/routes/inspections.$inspectionId._index";
import { loader as criterionLoader } from "~/routes/inspections.$inspectionId.criteria.$criterion";
import { loader as safeguardingLoader } from "~/routes/inspections.$inspectionId.safeguarding";
import { loader as inspectionLayoutLoader } from "~/routes/inspections.$inspectionId";
import { loader as inspectionsLoader } from "~/routes/inspections._index";
import { and, eq, like } from "drizzle-orm";
import { comments } from "~db/schema";
import { confirmCodes } from "~/coding/comments.server";
import { addToTheme, chooseThemeQuote } from "~/coding/themes.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { getSurvey } from "~surveys";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";

/*
 * Whose words may be quoted (#17, #25): the team reads every comment, a small group's too, but
 * no page or file that quotes or exports comments carries a word from an audience whose count
 * is hidden. Every route that shows or exports comments is walked here; a new one must join
 * the list below, or the last test fails.
 */

const threshold = 5;
// Each in words of its own: near-identical comments would show once (app/coding/near-duplicates.ts).
const waits = [
  "the speech therapy waiting list was far too long",
  "we waited a year for an autism assessment",
  "nobody answered my emails about transport for weeks",
  "the annual review was late and the plan still says nothing",
  "my daughter has had no occupational therapy since Easter",
  "the school nurse left and the post is still empty",
];
const parentWords = (i: number) => `Parent ${i}: ${waits[i % waits.length]}`;
const practitionerWords = (i: number) =>
  `Practitioner ${i}: ${["our caseloads doubled this year", "health and education never meet"][i % 2]}`;

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
  // A theme (#18) whose chosen quote is the small group's: it is never shown.
  const said = await handle.db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.inspectionId, inspectionId), like(comments.text, "Practitioner 0%")));
  const where = { userId: user!.id, inspectionId };
  await confirmCodes(handle.db, { ...where, commentId: said[0]!.id, criteria: ["I3"] });
  const theme = await addToTheme(handle.db, {
    ...where,
    criterion: "I3",
    label: "Waiting lists",
    commentIds: [said[0]!.id],
  });
  if (!theme.ok) throw new Error(theme.problem);
  await chooseThemeQuote(handle.db, { ...where, themeId: theme.themeId, commentId: said[0]!.id });
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

/** A download as an inspector gets it: its text and the name it is saved under. */
async function download(file: string) {
  const response = (await exportLoader(
    args(`/inspections/${inspectionId}/export/${file}`, { file: file.split("?")[0]! }),
  )) as Response;
  return { text: await response.text(), name: response.headers.get("Content-Disposition") ?? "" };
}

/** What each route that shows or exports comments gives an inspector, as text. */
const walks: Record<string, () => Promise<string>> = {
  "inspections.$inspectionId.summary.tsx": async () =>
    JSON.stringify(await summaryLoader(args(`/inspections/${inspectionId}/summary`, {}))),
  "inspections.$inspectionId.export.$file.ts": async () => {
    // Everything, and narrowed as the pages narrow them: to the small group itself too.
    const downloads = [
      "summary.csv",
      "comments.csv",
      "summary.csv?audience=practitioner",
      "summary.csv?audience=practitioner&filter=version:standard",
      "comments.csv?audience=practitioner",
      "comments.csv?criterion=I3&audience=practitioner",
    ];
    const files = await Promise.all(downloads.map(download));
    return files.map(({ text }) => text).join("\n");
  },
  "inspections.$inspectionId.evidence-pack.tsx": async () =>
    JSON.stringify(await packLoader(args(`/inspections/${inspectionId}/evidence-pack`, {}))),
  "inspections.$inspectionId.evidence-pack[.]docx.ts": async () => {
    const response = (await packFileLoader(
      args(`/inspections/${inspectionId}/evidence-pack.docx`, {}),
    )) as Response;
    return docxText(new Uint8Array(await response.arrayBuffer()));
  },
  "inspections.$inspectionId._index.tsx": async () =>
    JSON.stringify(await overviewLoader(args(`/inspections/${inspectionId}`, {}))),
  "inspections.$inspectionId.criteria.$criterion.tsx": async () =>
    JSON.stringify(
      await criterionLoader(args(`/inspections/${inspectionId}/criteria/I3`, { criterion: "I3" })),
    ),
  "inspections.$inspectionId.comments.tsx": async () =>
    JSON.stringify(await commentsLoader(args(`/inspections/${inspectionId}/comments`, {}))),
  "inspections.$inspectionId.comments_.queue.tsx": async () => {
    // Every step of the reading queue, one comment at a time.
    const steps: unknown[] = [];
    let at = "";
    do {
      const step = await queueLoader(args(`/inspections/${inspectionId}/comments/queue${at}`, {}));
      steps.push(step);
      at = step.nextId ? `?at=${step.nextId}` : "";
    } while (at);
    return JSON.stringify(steps);
  },
  "inspections.$inspectionId.comments_.bulk.tsx": async () => {
    // Bulk actions say how many comments, never their words: the small group's included.
    const pages = ["", "?kind=accept", "?kind=read", "?kind=accept&audience=practitioner"];
    const shown = await Promise.all(
      pages.map((query) =>
        bulkLoader(args(`/inspections/${inspectionId}/comments/bulk${query}`, {})),
      ),
    );
    return JSON.stringify(shown);
  },
  // Comments that may be disclosures (#19), a small group's too: the team must read them all.
  "inspections.$inspectionId.safeguarding.tsx": async () =>
    JSON.stringify(await safeguardingLoader(args(`/inspections/${inspectionId}/safeguarding`, {}))),
  // These two count the comments awaiting a safeguarding decision, and show none.
  "inspections.$inspectionId.tsx": async () =>
    JSON.stringify(await inspectionLayoutLoader(args(`/inspections/${inspectionId}`, {}))),
  "inspections._index.tsx": async () =>
    JSON.stringify(await inspectionsLoader(args("/inspections", {}))),
};

/** Every module of the app that reads what a comment says: a route reaching one may show it. */
function readersOfWords(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && /\bcomments\.text\b/.test(readFileSync(file, "utf8")))
        found.push(file);
    }
  };
  walk(path.resolve(__dirname, "../../app"));
  return found;
}
/** Whether a module imports one of `targets`, directly or through other modules of the app. */
function reaches(file: string, targets: string[]): boolean {
  const app = path.resolve(__dirname, "../../app");
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length) {
    const current = queue.pop()!;
    if (targets.includes(current)) return true;
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
const reading = new Set([
  "inspections.$inspectionId.comments.tsx",
  // Where the team gives comments themes: it reads them all, but quotes none of the small group.
  "inspections.$inspectionId.criteria.$criterion.tsx",
  "inspections.$inspectionId.comments_.queue.tsx",
  "inspections.$inspectionId.safeguarding.tsx",
]);

describe(`whose words may be quoted, on ${databaseKind}`, () => {
  it("quotes parents, a group big enough to show, in the summary and the comments file", async () => {
    const summary = await walks["inspections.$inspectionId.summary.tsx"]!();
    const files = await walks["inspections.$inspectionId.export.$file.ts"]!();
    expect(summary).toMatch(/Parent \d: the speech therapy/);
    expect(files).toContain("Parent 0:");
    for (const pack of ["evidence-pack.tsx", "evidence-pack[.]docx.ts"])
      expect(await walks[`inspections.$inspectionId.${pack}`]!()).toMatch(
        /Parent \d: the speech therapy/,
      );
  });

  it("lets the team read every comment in the queue too, the small group's included", async () => {
    const queue = await walks["inspections.$inspectionId.comments_.queue.tsx"]!();
    expect(queue).toContain("Practitioner 1:");
    expect(queue).toContain("Parent 5:");
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

  it("narrows a download as its page is narrowed, and says so in it and its name", async () => {
    const parents = await download("comments.csv?audience=parent");
    expect(parents.text).toContain("Showing only: Parents and carers");
    expect(parents.text).toContain("Parent 5:");
    expect(parents.name).toMatch(/-comments-filtered-\d{4}-\d\d-\d\d\.csv"$/);
    // No comment is coded L1 here: the narrowed file has its heading and nothing else.
    const none = await download("comments.csv?criterion=L1");
    expect(none.text).toContain("Showing only: L1");
    expect(none.text).not.toContain("Parent ");
    const figures = await download("summary.csv?audience=parent&filter=version:standard");
    expect(figures.text).toContain("Showing only: Parents and carers; Version: Standard");
    expect(figures.text).not.toMatch(/^Practitioners,/m);
    // Anything the pages do not know is ignored, as the pages ignore it: everything.
    const unknown = await download("summary.csv?audience=robots&filter=nope:x");
    expect(unknown.text).not.toContain("Showing only");
    expect(unknown.name).toMatch(/-summary-\d{4}/);
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
    const readers = readersOfWords();
    // The modules that read comments today: the check looks for the words, not for names.
    expect(readers).toEqual(
      expect.arrayContaining(
        ["coding/comments.server.ts", "safeguarding/concerns.server.ts"].map((file) =>
          path.resolve(__dirname, "../../app", file),
        ),
      ),
    );
    const readsComments = readdirSync(routes).filter((file) =>
      reaches(path.join(routes, file), readers),
    );
    expect(readsComments.sort()).toEqual(Object.keys(walks).sort());
  });
});
