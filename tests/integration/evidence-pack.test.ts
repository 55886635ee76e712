import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { auditLog, comments, inspectionTeam, users } from "~db/schema";
import { confirmCodes } from "~/coding/comments.server";
import { addToTheme, chooseThemeQuote } from "~/coding/themes.server";
import { setAreaNumbers } from "~/inspections/area-numbers.server";
import { useDatabase } from "~/platform/db.server";
import { loadSettings } from "~/platform/settings.server";
import { startSession } from "~/auth/session.server";
import type { Audience } from "~/inspections/audiences";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { loader as overviewLoader } from "~/routes/inspections.$inspectionId._index";
import { loader as packLoader } from "~/routes/inspections.$inspectionId.evidence-pack";
import { loader as docxLoader } from "~/routes/inspections.$inspectionId.evidence-pack[.]docx";
import { loader as summaryLoader } from "~/routes/inspections.$inspectionId.summary";
import { packText } from "~/summary/evidence-pack";
import { exportInspectionFile } from "~/summary/inspection-export.server";
import { createServerI18n } from "~/i18n/i18n.server";
import { percent } from "~/summary/voices";
import { resources } from "~locales";
import { getSurvey } from "~surveys";
import { docxHtml, docxPart, docxText } from "../docx";
import { rawTranslationKeys } from "../translation-keys";
import { today } from "../clock";
import { heardOptions, usefulOptions } from "~/webinars/feedback-options";
import { feedbackGiven } from "./feedback-given";
import { createOpenInspection, createTestDatabase, databaseKind } from "./test-database";

/*
 * The evidence pack (#18): the same figures, sentences and quotes the overview and summary
 * show, as a Word document and a page to print, and nothing they hide.
 */

const threshold = 5;
let handle: DatabaseHandle;
let inspectionId: string;
let cookie: string;
let outsider: string;
let themeQuote: string;
let leadId: string;
/** What six parents wrote after the inspection's webinar: four wrote something. */
const feedbackWords = [0, 1, 2, 3].map((i) => `Webinar words ${i}: the inspectors listened`);

/** Closed answers about I3 and words of their own, from `times` people of an audience. */
async function respond(
  audience: Audience,
  times: number,
  answers: Record<string, string>,
  words: (i: number) => string,
  version: "easy" | "standard" = "standard",
) {
  const definition = getSurvey(audience, version);
  const link = (await listSurveyLinks(handle.db, inspectionId)).find(
    (l) => l.audience === audience,
  )!;
  const survey = (await findSurveyByToken(handle.db, link.token))!;
  for (let i = 0; i < times; i += 1) {
    const draft = await startDraft(handle.db, {
      surveyLinkId: survey.linkId,
      version,
      language: "en",
    });
    for (const [question, value] of Object.entries(answers))
      await saveDraftAnswer(handle.db, draft.id, question, { value });
    await saveDraftAnswer(handle.db, draft.id, "improve", { text: words(i) });
    await submitResponse(handle.db, {
      inspectionId,
      audience,
      definition,
      draft: (await findDraft(handle.db, draft.id, survey.linkId))!,
      language: "en",
    });
  }
}

beforeAll(async () => {
  loadSettings({ ...process.env, SUPPRESS_BELOW: String(threshold) });
  handle = await createTestDatabase();
  useDatabase(handle);
  inspectionId = await createOpenInspection(handle.db, { localAreaName: "Packshire" });
  const [lead, other] = await handle.db
    .insert(users)
    .values([
      { email: "packer@inspect.test", name: "Packer", passwordHash: "x", role: "inspector" },
      { email: "other@inspect.test", name: "Other", passwordHash: "x", role: "inspector" },
    ])
    .returning({ id: users.id });
  await handle.db.insert(inspectionTeam).values({ inspectionId, userId: lead!.id, role: "lead" });
  leadId = lead!.id;
  cookie = (await startSession(lead!.id)).split(";")[0]!;
  outsider = (await startSession(other!.id)).split(";")[0]!;
  // Parents unhappy about the right help, practitioners content: a difference about I3.
  await respond(
    "parent",
    30,
    { right_help: "disagree" },
    (i) => `Parent ${i}: the speech therapy waiting list was far too long`,
  );
  await respond(
    "practitioner",
    30,
    { right_help_time: "agree" },
    (i) => `Practitioner ${i}: the waiting list for speech therapy is long but support is good`,
  );
  // Parents in easy read too: I3 adds two scales, each with its own counts.
  await respond(
    "parent",
    10,
    { right_help: "sad" },
    (i) => `Easy parent ${i}: waiting for speech therapy is too long`,
    "easy",
  );
  // Too few children to show: their words are never in the pack.
  await respond(
    "child",
    2,
    { right_help: "disagree" },
    (i) => `Child ${i}: nobody helped me with my speech therapy waiting`,
  );
  // The local area's numbers, and themes under I3: one of 40 parents with a chosen quote, one
  // of 2 parents (fewer than 5 people) whose quote is a child's, a group too small to quote.
  await setAreaNumbers(handle.db, {
    userId: lead!.id,
    inspectionId,
    numbers: { ehcPlans: 1200, senSupport: 1100, practitionersInvited: 400 },
  });
  const said = async (start: string) =>
    (
      await handle.db
        .select({ id: comments.id, text: comments.text })
        .from(comments)
        .where(and(eq(comments.inspectionId, inspectionId), like(comments.text, `${start}%`)))
    ).map((c) => c.id);
  const parents = [...(await said("Parent ")), ...(await said("Easy parent "))];
  const children = await said("Child ");
  for (const commentId of [...parents, ...children])
    await confirmCodes(handle.db, { userId: lead!.id, inspectionId, commentId, criteria: ["I3"] });
  const theme = async (label: string, ids: string[], quote: string) => {
    const added = await addToTheme(handle.db, {
      userId: lead!.id,
      inspectionId,
      criterion: "I3",
      label,
      commentIds: ids,
    });
    if (!added.ok) throw new Error(added.problem);
    const chosen = await chooseThemeQuote(handle.db, {
      userId: lead!.id,
      inspectionId,
      themeId: added.themeId,
      commentId: quote,
    });
    if (!chosen.ok) throw new Error(chosen.problem);
  };
  themeQuote = (
    await handle.db
      .select({ text: comments.text })
      .from(comments)
      .where(eq(comments.id, parents[3]!))
  )[0]!.text;
  await theme("Waiting for speech therapy", parents, parents[3]!);
  await theme("Nobody helped", [parents[0]!, children[0]!], children[0]!);
  // Six gave webinar feedback: five found it very useful, one quite (too few to show).
  await feedbackGiven(
    handle.db,
    { inspectionId, userId: leadId },
    [0, 1, 2, 3, 4, 5].map((i) => ({
      useful: i < 5 ? "very" : "quite",
      heard: "yes",
      other: feedbackWords[i] ?? "",
    })),
  );
});
afterAll(async () => {
  loadSettings(process.env);
  await handle.close();
});

const args = (url: string, session = cookie, id = inspectionId) => ({
  request: new Request(`http://localhost${url}`, { headers: { Cookie: session } }),
  params: { inspectionId: id },
  context: { cspNonce: "" },
});

async function download(session = cookie) {
  return (await docxLoader(
    args(`/inspections/${inspectionId}/evidence-pack.docx`, session),
  )) as Response;
}

/** Every number a figure can be written with on the overview and the summary page. */
async function screenFigures() {
  const overview = await overviewLoader(args(`/inspections/${inspectionId}`));
  const summary = await summaryLoader(args(`/inspections/${inspectionId}/summary`));
  const percents = new Set<string>();
  const numbers = new Set<string>();
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      // A cell as the summary shows it: "count (percent%)"; a share as the overview does.
      if (typeof record.percent === "number") percents.add(`${record.percent}%`);
      for (const end of ["share", "low", "high"])
        if (typeof record[end] === "number") percents.add(`${percent(record[end] as number)}%`);
      Object.values(record).forEach(add);
    } else if (typeof value === "number" || typeof value === "string") {
      for (const [token] of String(value).matchAll(/\d+(?:\.\d+)?/g)) numbers.add(token);
      // A rate in a sentence ("… from 400 practitioners invited: 7.5%").
      for (const [token] of String(value).matchAll(/\d+(?:\.\d+)?%/g)) percents.add(token);
    }
  };
  add(overview);
  add(summary);
  return { percents, numbers, overview, summary };
}

describe(`the evidence pack on ${databaseKind}`, () => {
  it("is a Word document named and typed as a download, for the team only, and audited", async () => {
    const response = await download();
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="send-voice-packshire-evidence-pack-${today()}.docx"`,
    );
    const exports = await handle.db.select().from(auditLog).where(eq(auditLog.action, "export"));
    expect(exports.map((e) => e.detail)).toContainEqual({ file: "evidence-pack.docx" });
    for (const loader of [
      () => download(outsider),
      () => packLoader(args(`/inspections/${inspectionId}/evidence-pack`, outsider)),
    ]) {
      const refused = await loader().catch((thrown: unknown) => thrown);
      expect((refused as Response).status).toBe(404);
    }
  });

  it("has real headings and tables with header rows, in the page's language", async () => {
    const file = new Uint8Array(await (await download()).arrayBuffer());
    const html = await docxHtml(file);
    expect(html).toMatch(/<h1>Evidence pack: area SEND inspection of Packshire<\/h1>/);
    expect(html).toContain("<h2>Method</h2>");
    expect(html).toContain("<h2>How the three voices compare</h2>");
    expect(html).toMatch(/<h3>I3 /);
    expect(html).toMatch(/<table><thead><tr><th>/);
    const xml = docxPart(file, "word/styles.xml");
    expect(xml).toMatch(/<w:lang w:val="en"/);
    expect(docxPart(file, "word/document.xml")).toContain("<w:tblHeader/>");
  });

  it("says what the screen says: the differences, the quotes, and only figures it shows", async () => {
    const text = await docxText(new Uint8Array(await (await download()).arrayBuffer()));
    const { percents, numbers, overview, summary } = await screenFigures();
    // The sentence that flags I3, word for word as on the overview.
    const sentence =
      "Parents and carers are less positive than practitioners about I3: 0% of their answers positive, against 100%.";
    expect(text).toContain(sentence);
    expect(overview.voices.voices.differences.length).toBeGreaterThan(0);
    // The summary's quotes, and the count of children hidden as on the summary.
    for (const audience of ["parent", "practitioner"] as const)
      for (const quote of summary.quotes[audience]!.I3!.quotes) expect(text).toContain(quote.text);
    expect(text).toMatch(/Children and young people\s+fewer than 5 people/);
    expect(text).toContain("I3: each scale's own answers");
    expect(text).toMatch(/Easy read: Yes \/ Sometimes \/ No\s+\S+: 0 \(0%\)/);
    expect(rawTranslationKeys(text)).toEqual([]);
    expect(summary.summary.scales.parent!.I3!.available).toBe(true);
    // Every figure: made and open times aside, each number and percentage is one on screen.
    const made = /^Made on .*$/m;
    expect(text).toMatch(made);
    // Words, not figures: the interval's "95%" is prose the overview prints too.
    // A range "34–66%" is two percentages.
    const figures = text
      .replace(made, "")
      .replace(resources.en.inspector.voices.intro, "")
      .replace(/(\d+)–(\d+)%/g, "$1% $2%");
    const shownPercents = [...figures.matchAll(/\d+(?:\.\d+)?%/g)].map((m) => m[0]);
    expect(shownPercents.length).toBeGreaterThan(10);
    for (const figure of shownPercents) expect(percents, figure).toContain(figure);
    for (const [figure] of figures.matchAll(/\d+(?:\.\d+)?(?!%|\d)/g))
      expect(numbers, figure).toContain(figure);
  });

  it("gives the response rates and each criterion's themes, counted and quoted as the overview shows them", async () => {
    const text = await docxText(new Uint8Array(await (await download()).arrayBuffer()));
    const { overview } = await screenFigures();
    expect(text).toContain("Response rates against the local area's own numbers");
    expect(overview.rates.sentences).toContain(
      "Parents and carers: 40 responses from about 2300 children and young people with an EHC plan or SEN support: 1.7%. By version: Easy read: 10, Standard: 30.",
    );
    expect(overview.rates.sentences[2]).toMatch(
      /^Practitioners: 30 responses from 400 practitioners invited: 7.5%/,
    );
    // Too few children: no rate that would give their number away.
    expect(overview.rates.sentences[0]).toMatch(
      /^Children and young people: fewer than 5 people, from about 2300 .* No rate is shown/,
    );
    for (const sentence of overview.rates.sentences) expect(text).toContain(sentence);
    expect(text).toContain("I3: themes");
    expect(text).toMatch(/Waiting for speech therapy\s+40\s+“/);
    expect(text).toContain(themeQuote);
    // Two people: "fewer than 5 people", never the number; a child's words are never quoted.
    expect(text).toMatch(/Nobody helped\s+fewer than 5 people\s+No quote chosen/);
    const [i3] = overview.themes;
    expect(i3!.themes.map((t) => [t.label, t.people, t.quote?.text ?? null])).toEqual([
      ["Nobody helped", { suppressed: true, reason: "few" }, null],
      ["Waiting for speech therapy", { suppressed: false, count: 40, percent: 100 }, themeQuote],
    ]);
  });

  it("carries no word of an audience too small to show", async () => {
    const text = await docxText(new Uint8Array(await (await download()).arrayBuffer()));
    const page = await packLoader(args(`/inspections/${inspectionId}/evidence-pack`));
    for (const shown of [text, packText(page), JSON.stringify(page)]) {
      expect(shown).toMatch(/Parent \d+: the speech therapy/);
      expect(shown).not.toContain("Child 0");
      expect(shown).not.toContain("Child 1");
    }
  });

  it("prints the same content as the Word document", async () => {
    const text = await docxText(new Uint8Array(await (await download()).arrayBuffer()));
    const page = await packLoader(args(`/inspections/${inspectionId}/evidence-pack`));
    const words = (s: string) =>
      s
        .replace(/^Made on .*$/m, "")
        .replace(/[“”\s]+/g, " ")
        .trim();
    expect(words(text)).toBe(words(packText(page)));
  });

  it("carries the webinar feedback as the summary shows it: its figures, hidden ones hidden, its words", async () => {
    const text = await docxText(new Uint8Array(await (await download()).arrayBuffer()));
    const { summary } = await screenFigures();
    const feedback = summary.webinarFeedback!;
    expect(feedback.responses).toEqual({ suppressed: false, count: 6, percent: 100 });
    expect(text).toContain("Webinar feedback");
    expect(text).toContain("Responses: 6");
    const en = resources.en.inspector.summary.webinarFeedback as unknown as Record<
      string,
      string & Record<string, string>
    >;
    for (const [question, options] of [
      ["useful", usefulOptions],
      ["heard", heardOptions],
    ] as const) {
      expect(text).toContain(en[question]);
      for (const [i, option] of options.entries()) {
        const cell = feedback[question].cells[i]!;
        const shown = cell.suppressed
          ? cell.reason === "few"
            ? "fewer than 5 people"
            : "withheld"
          : `${cell.count} (${cell.percent}%)`;
        const label = en[`${question}Options`]![option]!;
        expect(text).toMatch(new RegExp(`${label}\\s+${shown.replace(/[()]/g, "\\$&")}`));
      }
    }
    // One said "quite": hidden, as on the summary.
    expect(feedback.useful.cells[1]).toEqual({ suppressed: true, reason: "few" });
    expect(text).toMatch(/Quite useful\s+fewer than 5 people/);
    expect(text).toContain("People who wrote something: 4");
    expect(feedback.quotes.quotes).toEqual(feedbackWords);
    for (const words of feedbackWords) expect(text).toContain(words);
  });

  it("hides webinar feedback from fewer people than the threshold in the pack and both downloads", async () => {
    const fewId = await createOpenInspection(handle.db, { localAreaName: "Fewshire" });
    await handle.db
      .insert(inspectionTeam)
      .values({ inspectionId: fewId, userId: leadId, role: "lead" });
    await feedbackGiven(
      handle.db,
      { inspectionId: fewId, userId: leadId },
      [0, 1, 2].map((i) => ({ useful: "very", heard: "yes", other: `Few words ${i}` })),
    );
    const page = await packLoader(args(`/inspections/${fewId}/evidence-pack`, cookie, fewId));
    const pack = packText(page);
    expect(pack).toContain("Responses: fewer than 5 people");
    expect(pack).toContain(
      "Hidden: fewer than 5 people have given feedback, so their answers and words are not shown.",
    );
    expect(pack).not.toContain("Few words");
    expect(pack).not.toContain("Very useful");
    const t = (await createServerI18n("en")).getFixedT("en", "inspector");
    const file = async (id: string, name: "summary.csv" | "comments.csv") =>
      (
        await exportInspectionFile(handle.db, {
          inspectorId: leadId,
          inspection: { id, areaName: id === fewId ? "Fewshire" : "Packshire" },
          file: name,
          language: "en",
          t,
        })
      ).body;
    const few = await file(fewId, "summary.csv");
    expect(few).toContain("Webinar feedback\r\nResponses,,fewer than 5 people\r\n");
    expect(few).not.toContain("Very useful");
    expect(await file(fewId, "comments.csv")).not.toContain("Few words");

    // Shown: the same figures as the summary, each in its row, and every word in comments.csv.
    const shown = await file(inspectionId, "summary.csv");
    expect(shown).toContain("Webinar feedback\r\nResponses,,6\r\nQuestion,Answer,People\r\n");
    // Five said "very" and one "quite": showing the five would give the one away.
    expect(shown).toContain("How useful was the webinar?,Very useful,withheld\r\n");
    expect(shown).toContain("Did they feel able to say what they wanted?,Yes,6\r\n");
    expect(shown).toContain("How useful was the webinar?,Quite useful,fewer than 5 people\r\n");
    expect(shown).toContain("People who wrote something,,4\r\n");
    const comments = await file(inspectionId, "comments.csv");
    for (const words of feedbackWords)
      expect(comments).toContain(
        `Webinar feedback,What they wrote (names and contact details removed),${words},,,no\r\n`,
      );
  });
});
