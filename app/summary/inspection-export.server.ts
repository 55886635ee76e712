import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import { getSurvey } from "~surveys";
import { audit } from "~/auth/audit.server";
import { createServerI18n } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import { audiences, isAudience } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import { isCriterionCode } from "~surveys/framework";
import { themeChoices } from "~/coding/themes.server";
import { isUuid } from "~/platform/ids";
import type { CriterionCode } from "~surveys/framework";
import { attachment, downloadName, madeRows } from "~/inspections/downloads";
import { commentsCsv, summaryCsv, toCsv } from "./export.server";
import { fewerThanThreshold, hiddenFigure } from "./labels";
import type { ShownCell } from "./suppression";
import { quotableComments, withheldIn } from "./quotable.server";
import { filterOptions, filterParam, parseFilter } from "./filters";
import type { SummaryFilter } from "./filters";
import { inspectionSummary } from "./summary.server";
import type { InspectionSummary } from "./summary.server";
import { suppressionThreshold } from "./threshold.server";
import {
  webinarFeedbackRows,
  webinarFeedbackSummary,
  webinarFeedbackWords,
} from "./webinar-feedback.server";

export const exportFiles = ["summary.csv", "comments.csv"] as const;

/**
 * What a download may be narrowed to, as its page shows it: the summary's group and audience
 * (`?filter=` and `?audience=`, as on the summary page), the comments' criterion and audience
 * (as on the comments page). Anything unknown is ignored, as the pages ignore it.
 */
export interface ExportFilter {
  filter?: SummaryFilter;
  audience?: Audience;
  criterion?: CriterionCode;
  /** One of the inspection's themes (#18), by id; another inspection's is ignored. */
  theme?: string;
}

export function readExportFilter(query: URLSearchParams): ExportFilter {
  const audience = query.get("audience");
  const criterion = query.get("criterion");
  const theme = query.get("theme");
  return {
    filter: parseFilter(query.get("filter")),
    audience: isAudience(audience) ? audience : undefined,
    criterion: isCriterionCode(criterion) ? criterion : undefined,
    theme: theme && isUuid(theme) ? theme : undefined,
  };
}

/** The query that narrows a download as a page is narrowed ("" for everything). */
export function exportQuery(narrowed: {
  filter?: string;
  audience?: string;
  criterion?: string;
  theme?: string;
}): string {
  const query = new URLSearchParams(
    Object.entries(narrowed).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString();
  return query ? `?${query}` : "";
}
export type ExportFile = (typeof exportFiles)[number];
export const isExportFile = (file: unknown): file is ExportFile =>
  exportFiles.includes(file as ExportFile);

/**
 * One of an inspection's CSV downloads, the suppressed summary or the comments the summary
 * lets be quoted, headed by which inspection and when (#25). Each is audited as an export.
 */
export async function exportInspectionFile(
  db: Database,
  request: {
    inspectorId: string;
    inspection: { id: string; areaName: string };
    file: ExportFile;
    language: LanguageCode;
    t: TFunction;
    narrowed?: ExportFilter;
  },
): Promise<{ body: string; disposition: string }> {
  const { inspection, file, language, t } = request;
  const threshold = suppressionThreshold();
  const summary = await inspectionSummary(db, inspection.id, threshold);
  const audienceLabels = Object.fromEntries(audiences.map((a) => [a, t(`audience.${a}`)]));
  const narrowed = narrowedTo(file, request.narrowed ?? {});
  // A theme is named in the file by its label; one that is not this inspection's is ignored.
  const themeLabel = narrowed.theme
    ? (await themeChoices(db, inspection.id)).find((c) => c.value === narrowed.theme)?.label
    : undefined;
  if (!themeLabel) delete narrowed.theme;
  let body: string;
  if (file === "summary.csv") {
    // A group's figures are the summary page's for that group: protected with its siblings.
    const shown = narrowed.filter
      ? await inspectionSummary(db, inspection.id, threshold, narrowed.filter)
      : summary;
    const only = narrowed.audience;
    body = summaryCsv(only ? onlyAudience(shown, only) : shown, {
      audience: audienceLabels,
      hidden: (cell) => hiddenFigure(cell, threshold, t),
      header: [
        t("comments.audience"),
        t("summary.criterion"),
        t("summary.positive"),
        t("summary.neutral"),
        t("summary.negative"),
        t("summary.dontKnow"),
        t("summary.answers"),
      ],
      scales: {
        header: [
          t("comments.audience"),
          t("summary.criterion"),
          t("export.scale"),
          t("export.answer"),
          t("summary.answers"),
        ],
        name: (scale) => t(`summary.scales.${scale}`),
        answer: (scale, value) => t(`survey-common:scale.${scale}.${value}`),
        withheld: (code) =>
          t("summary.scales.withheld", { code, few: fewerThanThreshold(threshold, t) }),
      },
    });
    // Webinar feedback as the summary page shows it: with everyone only, never narrowed.
    const feedback =
      narrowed.filter || only ? null : await webinarFeedbackSummary(db, inspection.id, threshold);
    if (feedback) {
      const figure = (cell: ShownCell) =>
        cell.suppressed ? hiddenFigure(cell, threshold, t) : cell.count;
      body += toCsv([[], ...webinarFeedbackRows(feedback, figure, t)]).replace(/^\uFEFF/, "");
    }
  } else {
    const i18n = await createServerI18n(language);
    const comments = await quotableComments(db, inspection.id, withheldIn(summary), {
      audience: narrowed.audience,
      criterion: narrowed.criterion,
      theme: narrowed.theme,
    });
    body = commentsCsv(
      comments.map((c) => {
        const definition = getSurvey(c.audience, c.version);
        const question = definition.questions.find((q) => q.id === c.questionId);
        return {
          ...c,
          audience: audienceLabels[c.audience] as never,
          question: question
            ? i18n.t(question.text, { ns: definition.namespace, lng: language })
            : c.questionId,
        };
      }),
      [
        t("comments.audience"),
        t("export.question"),
        t("export.comment"),
        t("export.codes"),
        t("export.sentiment"),
        t("export.concern"),
      ],
      (code) =>
        code.status !== "confirmed"
          ? t("export.codeSuggested", { code: code.criterion })
          : code.confirmedBy
            ? t("export.codeConfirmedBy", { code: code.criterion, name: code.confirmedBy })
            : t("export.codeConfirmed", { code: code.criterion }),
      (comment) =>
        !comment.concern
          ? t("export.concernNo")
          : comment.concernDecision === "referred"
            ? t("export.concernReferred")
            : comment.concernDecision === "not_a_concern"
              ? t("export.concernNotAConcern")
              : t("export.concernUndecided"),
    );
    // What people wrote in webinar feedback, where the summary would quote it: everyone only.
    const narrowedAtAll = narrowed.audience || narrowed.criterion || narrowed.theme;
    const words = narrowedAtAll ? [] : await webinarFeedbackWords(db, inspection.id, threshold);
    if (words.length)
      body += toCsv(
        words.map((text) => [
          t("summary.webinarFeedback.title"),
          t("summary.webinarFeedback.quotes"),
          text,
          "",
          "",
          t("export.concernNo"),
        ]),
      ).replace(/^\uFEFF/, "");
  }
  const area = inspection.areaName;
  const made = new Date();
  const what = file === "summary.csv" ? "summary" : "comments";
  const showing = showingOnly(narrowed, t, themeLabel);
  await audit(db, {
    userId: request.inspectorId,
    inspectionId: inspection.id,
    action: "export",
    detail: { file, ...(showing ? { narrowed: exportQuery(narrowedParams(narrowed)) } : {}) },
  });
  const head = madeRows(t, language, { what: t(`${what}.title`), area, made });
  // Whoever opens the file sees it is not everything: "Showing only: …" under its title.
  if (showing) head.splice(2, 0, [t("export.showingOnly", { what: showing })]);
  return {
    body: toCsv(head) + body.replace(/^\uFEFF/, ""),
    disposition: attachment(downloadName(area, showing ? `${what}-filtered` : what, made)),
  };
}

/**
 * Only what each file can be narrowed by: the summary by group and audience, comments by
 * criterion, audience and theme.
 */
function narrowedTo(file: ExportFile, narrowed: ExportFilter): ExportFilter {
  return file === "summary.csv"
    ? { filter: narrowed.filter, audience: narrowed.audience }
    : { audience: narrowed.audience, criterion: narrowed.criterion, theme: narrowed.theme };
}

const narrowedParams = (narrowed: ExportFilter) => ({
  filter: narrowed.filter && filterParam(narrowed.filter),
  audience: narrowed.audience,
  criterion: narrowed.criterion,
  theme: narrowed.theme,
});

/** What a narrowed download shows, in words, or undefined for everything. */
function showingOnly(
  narrowed: ExportFilter,
  t: TFunction,
  themeLabel?: string,
): string | undefined {
  const parts: string[] = [];
  if (narrowed.audience) parts.push(t(`audience.${narrowed.audience}`));
  if (narrowed.criterion) parts.push(narrowed.criterion);
  if (narrowed.theme && themeLabel) parts.push(t("export.theme", { label: themeLabel }));
  if (narrowed.filter) {
    const { dimension, value } = narrowed.filter;
    const option = filterOptions().find((o) => o.dimension === dimension && o.value === value);
    parts.push(
      `${t(`summary.filter.dimensions.${dimension}`)}: ${option ? t(option.label) : value}`,
    );
  }
  return parts.length ? parts.join("; ") : undefined;
}

/** The summary with one audience's figures only (each audience's are its own rows). */
function onlyAudience(summary: InspectionSummary, audience: Audience): InspectionSummary {
  const keep = <T>(byAudience: Partial<Record<Audience, T>>) =>
    (audience in byAudience ? { [audience]: byAudience[audience] } : {}) as Record<Audience, T>;
  return {
    ...summary,
    byAudience: keep(summary.byAudience),
    scales: keep(summary.scales),
    subPoints: keep(summary.subPoints),
  };
}
