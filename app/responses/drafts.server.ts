import { and, eq, sql } from "drizzle-orm";
import { builtOnce } from "~db/client.server";
import type { Database, DbOrTx } from "~db/client.server";
import { drafts, inspections, surveyLinks } from "~db/schema";
import { surveysClosedSql, whySurveysClosed } from "~/inspections/survey-window.server";
import { redactFreeText, redactionRulesVersion } from "~/privacy/redact.server";
import { detectDisclosure } from "~/safeguarding/detect";
import type { DraftAnswer } from "~surveys/answers";
import type { SurveyVersion } from "~surveys/lists";
import { randomToken, readableCode, sha256, normaliseReadableCode } from "~/platform/random.server";

export interface DraftState {
  id: string;
  surveyLinkId: string;
  version: SurveyVersion;
  language: string;
  channel: "online" | "paper";
  answers: Record<string, DraftAnswer>;
  submissionKey: string;
  /** The redaction rules its own words were redacted under (see `redactionRulesVersion`). */
  redactionVersion: number;
  /** The next page shows where to get help now (see `takeHelpDue`). */
  helpDue: boolean;
}

const draftColumns = {
  id: drafts.id,
  surveyLinkId: drafts.surveyLinkId,
  version: drafts.version,
  language: drafts.language,
  channel: drafts.channel,
  answers: drafts.answers,
  submissionKey: drafts.submissionKey,
  redactionVersion: drafts.redactionVersion,
  helpDue: drafts.helpDue,
};

const draftById = builtOnce((db) =>
  db
    .select(draftColumns)
    .from(drafts)
    .where(
      and(
        eq(drafts.id, sql.placeholder("id")),
        eq(drafts.surveyLinkId, sql.placeholder("surveyLinkId")),
      ),
    )
    .prepare("draft_by_id"),
);

/** A new draft under a random id (kept in a cookie). It holds no identifiers. */
export async function startDraft(
  db: Database,
  input: {
    surveyLinkId: string;
    version: SurveyVersion;
    language: string;
    channel?: "online" | "paper";
  },
): Promise<DraftState> {
  const [row] = await db
    .insert(drafts)
    .values({
      id: randomToken(),
      surveyLinkId: input.surveyLinkId,
      version: input.version,
      language: input.language,
      channel: input.channel ?? "online",
      submissionKey: randomToken(),
      redactionVersion: redactionRulesVersion,
    })
    .returning(draftColumns);
  return row as DraftState;
}

export async function findDraft(
  db: Database,
  id: string | undefined,
  surveyLinkId: string,
): Promise<DraftState | undefined> {
  if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) return undefined;
  const [row] = await draftById(db).execute({ id, surveyLinkId });
  return row as DraftState | undefined;
}

/**
 * Sets one answer; other answers stay as they were, even when two tabs save at once. Own
 * words are redacted here, before they touch the disk:
 * this is the only way text gets into a draft, so a draft never holds an unredacted word,
 * and sending it redacts again only when the rules have changed since the draft was made
 * (its `redactionVersion`). Words that look like a disclosure, as typed, mark the answer and
 * ask the next page to show where to get help now (#19); the words as typed are not kept.
 * Each answer keeps the version it was given in (#20), as a person may change version later;
 * one saved without (the demo's seed) counts as given in the version the draft is sent in.
 */
export async function saveDraftAnswer(
  db: DbOrTx,
  draftId: string,
  questionId: string,
  given: DraftAnswer,
  version?: SurveyVersion,
) {
  const concern = "text" in given && detectDisclosure(given.text).flagged;
  const answer =
    "text" in given
      ? { text: redactFreeText(given.text).text, ...(concern ? { concern: true } : {}), version }
      : { ...given, version };
  await db
    .update(drafts)
    .set({
      ...(concern ? { helpDue: true } : {}),
      answers: sql`${drafts.answers} || jsonb_build_object(${questionId}::text, ${JSON.stringify(answer)}::jsonb)`,
      // A process still on older rules (during a deploy) marks the draft for Send to redact
      // again; newer rules never mark it as newer than its oldest words.
      redactionVersion: sql`least(${drafts.redactionVersion}, ${redactionRulesVersion}::integer)`,
      updatedAt: new Date(),
    })
    .where(eq(drafts.id, draftId));
}

/**
 * Whether the page being shown should show where to get help now, cleared as it is read, so
 * the panel shows once and nothing of it stays in the draft.
 */
export async function takeHelpDue(db: Database, draft: Pick<DraftState, "id" | "helpDue">) {
  if (!draft.helpDue) return false;
  const cleared = await db
    .update(drafts)
    .set({ helpDue: false })
    .where(and(eq(drafts.id, draft.id), eq(drafts.helpDue, true)))
    .returning({ id: drafts.id });
  return cleared.length > 0;
}

/** The version the draft's pages are shown in; its answers keep the versions they were given in. */
export async function setDraftVersion(db: Database, draftId: string, version: SurveyVersion) {
  await db.update(drafts).set({ version, updatedAt: new Date() }).where(eq(drafts.id, draftId));
}

/** Resume codes look like `KFMT-7QXZ-3P`: 10 readable characters (~49 bits), stored hashed. */
export function formatResumeCode(code: string) {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export async function createResumeCode(db: Database, draftId: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const code = readableCode(10);
    const updated = await db
      .update(drafts)
      .set({ resumeCodeHash: sha256(code), updatedAt: new Date() })
      .where(eq(drafts.id, draftId))
      .returning({ id: drafts.id })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return null;
        throw error;
      });
    if (updated) return formatResumeCode(code);
  }
  throw new Error("Could not make a unique resume code");
}

/** The draft behind a resume code, with its survey's token, while the survey is open. */
export async function findDraftByResumeCode(db: Database, typed: string, now = new Date()) {
  const code = normaliseReadableCode(typed);
  if (!/^[A-Z0-9]{10}$/.test(code)) return undefined;
  const [row] = await db
    .select({
      draftId: drafts.id,
      token: surveyLinks.token,
      closesAt: inspections.surveysCloseAt,
      closedEarly: inspections.surveysClosedEarly,
    })
    .from(drafts)
    .innerJoin(surveyLinks, eq(surveyLinks.id, drafts.surveyLinkId))
    .innerJoin(inspections, eq(inspections.id, surveyLinks.inspectionId))
    .where(eq(drafts.resumeCodeHash, sha256(code)));
  if (!row || whySurveysClosed(row, now)) return undefined;
  return { draftId: row.draftId, token: row.token };
}

/** Drafts of surveys that have closed are deleted: nobody can send them any more. */
export async function deleteDraftsOfClosedSurveys(db: Database, now = new Date()): Promise<number> {
  const closed = db
    .select({ id: surveyLinks.id })
    .from(surveyLinks)
    .innerJoin(inspections, eq(inspections.id, surveyLinks.inspectionId))
    .where(surveysClosedSql(now));
  const deleted = await db
    .delete(drafts)
    .where(sql`${drafts.surveyLinkId} in (${closed})`)
    .returning({ id: drafts.id });
  return deleted.length;
}

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === "23505") return true;
  }
  return false;
}
