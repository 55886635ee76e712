import type { TFunction } from "i18next";
import { count, eq } from "drizzle-orm";
import type { Database } from "~db/client.server";
import { webinarFeedback, webinarFollowUps, webinars } from "~db/schema";
import { heardOptions, usefulOptions } from "~/webinars/feedback-options";
import { quotableFeedback } from "./quotable.server";
import { suppressCount, suppressRow } from "./suppression";
import type { Cell, ShownCell } from "./suppression";

/*
 * Webinar feedback beside the survey results (#22), all the inspection's webinars together,
 * suppressed as survey figures are: each feedback is one person, so a figure about fewer than
 * the threshold is hidden, and its words are quoted only when the number who gave feedback is
 * shown (quotable.server.ts).
 */
export async function webinarFeedbackSummary(
  db: Database,
  inspectionId: string,
  threshold: number,
) {
  const [followUps] = await db
    .select({ n: count() })
    .from(webinarFollowUps)
    .innerJoin(webinars, eq(webinars.id, webinarFollowUps.webinarId))
    .where(eq(webinars.inspectionId, inspectionId));
  if (!followUps?.n) return null;
  const rows = await db
    .select({ useful: webinarFeedback.useful, heard: webinarFeedback.heard })
    .from(webinarFeedback)
    .innerJoin(webinars, eq(webinars.id, webinarFeedback.webinarId))
    .where(eq(webinars.inspectionId, inspectionId));
  const people = rows.length;
  const tally = <Option extends string>(
    options: readonly Option[],
    answer: (row: (typeof rows)[number]) => Option,
  ): Cell[] =>
    options.map((option) => {
      const n = rows.filter((row) => answer(row) === option).length;
      return { count: n, people: n };
    });
  const responses = suppressCount(people, threshold);
  return {
    threshold,
    responses,
    useful: suppressRow(
      tally(usefulOptions, (row) => row.useful),
      people,
      threshold,
    ),
    heard: suppressRow(
      tally(heardOptions, (row) => row.heard),
      people,
      threshold,
    ),
    quotes: await quotableFeedback(db, inspectionId, responses),
  };
}

export type WebinarFeedbackSummary = NonNullable<
  Awaited<ReturnType<typeof webinarFeedbackSummary>>
>;

/**
 * Every word of feedback the summary would quote, not only its first few: for the comments
 * download. None while the number who gave feedback is hidden (quotableFeedback decides).
 */
export async function webinarFeedbackWords(
  db: Database,
  inspectionId: string,
  threshold: number,
): Promise<string[]> {
  const feedback = await webinarFeedbackSummary(db, inspectionId, threshold);
  if (!feedback) return [];
  return (await quotableFeedback(db, inspectionId, feedback.responses, Number.MAX_SAFE_INTEGER))
    .quotes;
}

/**
 * The feedback's figures as the summary page words them, a row each, for the summary
 * download: hidden figures say why (`figure`), and nothing is broken down while the number
 * who gave feedback is hidden.
 */
export function webinarFeedbackRows(
  feedback: WebinarFeedbackSummary,
  figure: (cell: ShownCell) => string | number,
  t: TFunction,
): (string | number)[][] {
  const key = "summary.webinarFeedback";
  const rows: (string | number)[][] = [
    [t(`${key}.title`)],
    [t("inspections.responses"), "", figure(feedback.responses)],
  ];
  if (feedback.responses.suppressed || feedback.responses.count === 0) return rows;
  rows.push([t("export.question"), t(`${key}.answer`), t(`${key}.people`)]);
  for (const [question, options] of [
    ["useful", usefulOptions],
    ["heard", heardOptions],
  ] as const)
    options.forEach((option, i) =>
      rows.push([
        t(`${key}.${question}`),
        t(`${key}.${question}Options.${option}`),
        figure(feedback[question].cells[i]!),
      ]),
    );
  if (feedback.quotes.total > 0) rows.push([t(`${key}.wrote`), "", feedback.quotes.total]);
  return rows;
}
