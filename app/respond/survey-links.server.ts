import { eq, sql } from "drizzle-orm";
import { builtOnce } from "~db/client.server";
import type { Database } from "~db/client.server";
import { inspections, localAreas, surveyLinks } from "~db/schema";
import { normaliseReadableCode } from "~/platform/random.server";

export type SurveyWindowState = "open" | "not_open" | "closed";

export interface SurveyContext {
  linkId: string;
  token: string;
  audience: "child" | "parent" | "practitioner";
  inspectionId: string;
  areaName: string;
  opensAt: Date;
  closesAt: Date;
  state: SurveyWindowState;
  supportService: { name: string | null; phone: string | null; url: string | null };
  /** The public webinars page, /webinars/<token>, offered to parents and carers. */
  webinarsToken: string;
}

export function surveyWindowState(
  window: { opensAt: Date; closesAt: Date; closedEarly: boolean },
  now: Date,
): SurveyWindowState {
  if (window.closedEarly || now >= window.closesAt) return "closed";
  if (now < window.opensAt) return "not_open";
  return "open";
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
