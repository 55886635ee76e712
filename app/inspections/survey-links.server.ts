/**
 * Survey links, in one place (#17): each inspection has one link per audience, with a random
 * token (the survey's address, /s/<token>) and a short code to type from a poster. Made with
 * the inspection; read by the inspector's pages (listSurveyLinks, findSurveyLink) and by the
 * respondent's (findSurveyByToken, findSurveyByShortCode, with the survey's window state).
 */
import { and, eq, sql } from "drizzle-orm";
import { builtOnce } from "~db/client.server";
import type { Database, Transaction } from "~db/client.server";
import { inspections, localAreas, surveyLinks } from "~db/schema";
import { normaliseReadableCode, randomToken, readableCode } from "~/platform/random.server";
import { audiences } from "./audiences";
import type { Audience } from "./audiences";
import { surveyWindowState } from "./survey-window.server";
import type { SurveyWindowState } from "./survey-window.server";

export interface SurveyContext {
  linkId: string;
  token: string;
  audience: Audience;
  inspectionId: string;
  areaName: string;
  opensAt: Date;
  closesAt: Date;
  state: SurveyWindowState;
  supportService: { name: string | null; phone: string | null; url: string | null };
  /** The public webinars page, /webinars/<token>, offered to parents and carers. */
  webinarsToken: string;
}

const contextColumns = {
  linkId: surveyLinks.id,
  token: surveyLinks.token,
  audience: surveyLinks.audience,
  inspectionId: inspections.id,
  areaName: localAreas.name,
  opensAt: inspections.surveysOpenAt,
  closesAt: inspections.surveysCloseAt,
  closedEarly: inspections.surveysClosedEarly,
  supportServiceName: inspections.supportServiceName,
  supportServicePhone: inspections.supportServicePhone,
  supportServiceUrl: inspections.supportServiceUrl,
  webinarsToken: inspections.webinarsToken,
};

const surveyQuery = (db: Database) =>
  db
    .select(contextColumns)
    .from(surveyLinks)
    .innerJoin(inspections, eq(inspections.id, surveyLinks.inspectionId))
    .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId));

const surveyByToken = builtOnce((db) =>
  surveyQuery(db)
    .where(eq(surveyLinks.token, sql.placeholder("token")))
    .limit(1)
    .prepare("survey_by_token"),
);

async function findSurvey(
  db: Database,
  where: ReturnType<typeof eq>,
  now: Date,
): Promise<SurveyContext | undefined> {
  const [row] = await surveyQuery(db).where(where).limit(1);
  return row && surveyContext(row, now);
}

function surveyContext(
  row: Awaited<ReturnType<typeof surveyQuery>>[number],
  now: Date,
): SurveyContext {
  return {
    linkId: row.linkId,
    token: row.token,
    audience: row.audience,
    inspectionId: row.inspectionId,
    areaName: row.areaName,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    state: surveyWindowState(row, now),
    supportService: {
      name: row.supportServiceName,
      phone: row.supportServicePhone,
      url: row.supportServiceUrl,
    },
    webinarsToken: row.webinarsToken,
  };
}

/** The survey behind a link token. Tokens are random, so an unknown one is simply not found. */
export function findSurveyByToken(db: Database, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return Promise.resolve(undefined);
  return surveyByToken(db)
    .execute({ token })
    .then(([row]) => row && surveyContext(row, now));
}

/** The survey behind a short code typed from a poster. */
export function findSurveyByShortCode(db: Database, typed: string, now = new Date()) {
  const code = normaliseReadableCode(typed);
  if (!/^[A-Z0-9]{6}$/.test(code)) return Promise.resolve(undefined);
  return findSurvey(db, eq(surveyLinks.shortCode, code), now);
}

/** One link per audience for a new inspection, inside its creating transaction. */
export async function createSurveyLinks(tx: Transaction, inspectionId: string) {
  for (const audience of audiences) {
    await tx.insert(surveyLinks).values({
      inspectionId,
      audience,
      token: randomToken(),
      // 31^6 ≈ 887 million codes: a clash is rare, and the unique index rejects it.
      shortCode: readableCode(6),
    });
  }
}

/** An inspection's links, for its inspectors (the overview, posters, the demo). */
export async function listSurveyLinks(db: Database, inspectionId: string) {
  return db
    .select({
      audience: surveyLinks.audience,
      token: surveyLinks.token,
      shortCode: surveyLinks.shortCode,
    })
    .from(surveyLinks)
    .where(eq(surveyLinks.inspectionId, inspectionId))
    .orderBy(surveyLinks.audience);
}

export async function findSurveyLink(db: Database, audience: Audience, inspectionId: string) {
  const [link] = await db
    .select()
    .from(surveyLinks)
    .where(and(eq(surveyLinks.inspectionId, inspectionId), eq(surveyLinks.audience, audience)));
  return link;
}
