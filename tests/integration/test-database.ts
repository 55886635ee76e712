import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { eq } from "drizzle-orm";
import { openDatabase } from "~db/client.server";
import type { Database, DatabaseHandle } from "~db/client.server";
import { inspections } from "~db/schema";
import { createInspection } from "~/inspections/inspections.server";
import type { Audience } from "~/inspections/audiences";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { getSurvey } from "~surveys";
import { today } from "../clock";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped again on close). With
 * `migrationsFolder`, migrated from that folder (as it is each time `migrate` is called).
 */
export async function createTestDatabase(
  options: { migrationsFolder?: string } = {},
): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: "memory://", ...options });
    await handle.migrate();
    return handle;
  }
  const name = `sv_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), ...options });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export const databaseKind = process.env.DATABASE_URL ? "postgres" : "pglite";

/** An inspection whose surveys opened a minute ago and stay open a week, whatever the day. */
export async function createOpenInspection(
  db: Database,
  input: Omit<Parameters<typeof createInspection>[1], "notifiedOn" | "now">,
): Promise<string> {
  const inspectionId = await createInspection(db, {
    ...input,
    notifiedOn: today(),
    now: new Date(Date.now() - 60_000),
  });
  await db
    .update(inspections)
    .set({ surveysCloseAt: new Date(Date.now() + 7 * 86_400_000) })
    .where(eq(inspections.id, inspectionId));
  return inspectionId;
}

/**
 * Sends one response through the real journey's storage, as a respondent would: a draft on
 * the audience's link (standard version), own words in its first free-text question (redacted
 * as they are saved), then the submission, coded and counted as any other.
 */
export async function sendOwnWords(
  db: Database,
  input: { inspectionId: string; audience: Audience; text: string; language?: "en" | "pl" },
) {
  const { inspectionId, audience, text, language = "en" } = input;
  const links = await listSurveyLinks(db, inspectionId);
  const definition = getSurvey(audience, "standard");
  const question = definition.questions.find((q) => q.kind === "text")!;
  const survey = (await findSurveyByToken(db, links.find((l) => l.audience === audience)!.token))!;
  const draft = await startDraft(db, {
    surveyLinkId: survey.linkId,
    version: "standard",
    language,
  });
  await saveDraftAnswer(db, draft.id, question.id, { text });
  await submitResponse(db, {
    inspectionId,
    audience,
    definition,
    draft: (await findDraft(db, draft.id, survey.linkId))!,
    language,
  });
}
