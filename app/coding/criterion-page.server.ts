import type { Database } from "~db/client.server";
import { criterion as criterionOf } from "~surveys/framework";
import type { CriterionCode } from "~surveys/framework";
import { audit } from "~/auth/audit.server";
import { withheldIn } from "~/summary/quotable.server";
import { inspectionSummary } from "~/summary/summary.server";
import { suppressionThreshold } from "~/summary/threshold.server";
import { voicesView } from "~/summary/voices";
import { countComments, listComments } from "./comments.server";
import { inspectionThemes, themeSamples, themesOf } from "./themes.server";
import { pageShown } from "~/platform/paging";
import type { Audience } from "~/inspections/audiences";

/** Coded comments a criterion page lists to give themes to, a page at a time. */
export const criterionCommentsPerPage = 50;

/** A theme's comments offered to choose its quote from or take out; the rest are a link away. */
export const themeCommentsShown = 20;

/**
 * One criterion of an inspection (#18): its three voices and where they differ, its themes
 * with their counts and chosen quotes, and the comments coded to it, a page at a time, with
 * the themes each carries, for the team to give themes to. Viewing is audited as the
 * summary's is.
 */
export async function criterionPage(
  db: Database,
  input: { inspectionId: string; userId: string; criterion: CriterionCode; page?: number },
) {
  const { inspectionId, criterion } = input;
  const threshold = suppressionThreshold();
  const summary = await inspectionSummary(db, inspectionId, threshold);
  const withheld = withheldIn(summary);
  const { voices, titles, subPointTexts } = voicesView(summary);
  const row = voices.rows.find((r) => r.code === criterion);
  const themes = (await inspectionThemes(db, { inspectionId, threshold, withheld })).filter(
    (theme) => theme.criterion === criterion,
  );
  const pages = pageShown(
    await countComments(db, inspectionId, { criterion }),
    input.page,
    criterionCommentsPerPage,
  );
  const coded = await listComments(db, inspectionId, { criterion }, undefined, {
    offset: (pages.page - 1) * criterionCommentsPerPage,
    limit: criterionCommentsPerPage,
  });
  const carried = await themesOf(
    db,
    inspectionId,
    coded.map((c) => c.id),
  );
  const samples = await themeSamples(db, {
    inspectionId,
    themeIds: themes.map((theme) => theme.id),
    perTheme: themeCommentsShown,
  });
  // What may be chosen as a theme's quote: never a possible disclosure, never a withheld group.
  const quotable = (c: { concern?: boolean; audience: Audience }) =>
    !c.concern && !withheld.includes(c.audience);
  await audit(db, {
    userId: input.userId,
    inspectionId,
    action: "summary_viewed",
    detail: { view: "criterion", criterion },
  });
  return {
    code: criterion,
    title: criterionOf(criterion).title,
    threshold,
    rows: row ? [row, ...row.subPoints] : [],
    differences: row ? [row, ...row.subPoints].flatMap((r) => r.differences) : [],
    titles: { ...titles, ...subPointTexts },
    themes,
    pages,
    comments: coded.map((c) => ({
      id: c.id,
      text: c.text,
      audience: c.audience,
      themeIds: carried[c.id] ?? [],
      quotable: quotable(c),
    })),
    /** Each theme's comments: how many, and the first few to choose a quote from or take out. */
    samples: Object.fromEntries(
      Object.entries(samples).map(([themeId, sample]) => [
        themeId,
        {
          count: sample.count,
          comments: sample.comments.map(({ concern, ...c }) => ({
            ...c,
            quotable: quotable({ concern, audience: c.audience }),
          })),
        },
      ]),
    ),
  };
}
