import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import { criterion, criterionCodes } from "~surveys/framework";
import { audit } from "~/auth/audit.server";
import { formatDateTime } from "~/i18n/format";
import type { LanguageCode } from "~/i18n/languages";
import { languageDirection } from "~/i18n/languages";
import { audiences } from "~/inspections/audiences";
import { attachment, downloadName } from "~/inspections/downloads";
import { polarityColumns } from "./columns";
import type { EvidencePack, PackBlock } from "./evidence-pack";
import { evidencePackDocx } from "./evidence-pack-docx.server";
import { fewerThanThreshold, figureText, hiddenFigure, hiddenFiguresExplained } from "./labels";
import { breakdownLabels } from "./page.server";
import { summaryQuotes, withheldIn } from "./quotable.server";
import { inspectionSummary } from "./summary.server";
import type { ShownCell, ShownRow } from "./suppression";
import { suppressionThreshold } from "./threshold.server";
import { inspectionThemes } from "~/coding/themes.server";
import { areaNumbers } from "~/inspections/area-numbers.server";
import { rateWithBreakdowns, responseRates } from "./response-rates";
import { sentence, voiceText, voicesView } from "./voices";
import type { VoicesRow } from "./voices";
import { webinarFeedbackSummary } from "./webinar-feedback.server";
import type { WebinarFeedbackSummary } from "./webinar-feedback.server";
import { heardOptions, usefulOptions } from "~/webinars/feedback-options";

/** The columns of a criterion's figures, as the summary page heads them. */
const columnKeys = {
  positive: "summary.positive",
  neutral: "summary.neutral",
  negative: "summary.negative",
  dont_know: "summary.dontKnow",
} as const;

interface PackInspection {
  id: string;
  areaName: string;
  opensAt: Date | string;
  closesAt: Date | string;
  closedEarly: boolean;
}

/**
 * The evidence pack of one inspection (#18), in the inspector's language: how the views were
 * gathered (dates, versions, languages, channels, counts, the suppression rule, how comments
 * were coded), the three voices and where they differ, then each criterion's figures and
 * quotes. Every figure is the summary's as shown (inspectionSummary, already suppressed) and
 * every quote the summary's (summaryQuotes): nothing hidden there is an input here.
 */
export async function evidencePack(
  db: Database,
  input: { inspection: PackInspection; language: LanguageCode; t: TFunction; made?: Date },
): Promise<EvidencePack & { title: string }> {
  const { inspection, language, t } = input;
  const made = input.made ?? new Date();
  const threshold = suppressionThreshold();
  const summary = await inspectionSummary(db, inspection.id, threshold);
  const quotes = await summaryQuotes(db, inspection.id, withheldIn(summary));
  const { voices, titles } = voicesView(summary);
  // The themes and rates as the overview shows them: the same suppression, the same quotes.
  const themes = await inspectionThemes(db, {
    inspectionId: inspection.id,
    threshold,
    withheld: withheldIn(summary),
  });
  const rates = responseRates(summary.responses, await areaNumbers(db, inspection.id));
  const count = (cell: ShownCell) => figureText(cell, threshold, t);
  const figure = (cell: ShownCell) =>
    cell.suppressed ? hiddenFigure(cell, threshold, t) : `${cell.count} (${cell.percent}%)`;
  const title = t("pack.about", { area: inspection.areaName });
  const blocks: PackBlock[] = [
    { kind: "heading", level: 1, text: title },
    { kind: "paragraph", text: t("export.made", { when: formatDateTime(made, language) }) },
    { kind: "heading", level: 2, text: t("pack.method.title") },
    { kind: "heading", level: 3, text: t("pack.method.when") },
    {
      kind: "paragraph",
      text: t("inspection.window", {
        opens: formatDateTime(inspection.opensAt, language),
        closes: formatDateTime(inspection.closesAt, language),
      }),
    },
    ...(inspection.closedEarly
      ? [{ kind: "paragraph" as const, text: t("inspection.closedEarly") }]
      : []),
    {
      kind: "table",
      caption: t("pack.method.responses"),
      header: [t("comments.audience"), t("inspections.responses")],
      rows: [
        ...audiences.map((a) => [t(`audience.${a}`), count(summary.responses[a])]),
        [t("inspection.total"), count(summary.totalResponses)],
      ],
    },
  ];
  blocks.push(
    { kind: "heading", level: 3, text: t("pack.method.rates") },
    {
      kind: "list",
      items: rates.map((rate) =>
        rateWithBreakdowns(rate, summary.breakdowns, threshold, language, t),
      ),
    },
  );
  if (rates.every((rate) => rate.base === null))
    blocks.push({ kind: "paragraph", text: t("areaNumbers.notEntered"), note: true });
  const labels = breakdownLabels(summary, language, t);
  for (const breakdown of summary.breakdowns)
    blocks.push({
      kind: "table",
      caption: t(`summary.by.${breakdown.by}`),
      header: [t(`summary.by.${breakdown.by}`), ...audiences.map((a) => t(`audience.${a}`))],
      rows: breakdown.rows.map((row) => [
        labels[breakdown.by]![row.value]!,
        ...audiences.map((a) => count(row.counts[a])),
      ]),
    });
  blocks.push(
    { kind: "heading", level: 3, text: t("pack.method.hidden") },
    { kind: "paragraph", text: t("summary.intro", { few: fewerThanThreshold(threshold, t) }) },
    { kind: "paragraph", text: hiddenFiguresExplained(threshold, t) },
    { kind: "paragraph", text: t("pack.method.quotes") },
    { kind: "heading", level: 3, text: t("pack.method.coding") },
    { kind: "paragraph", text: t("pack.method.codingText") },
  );
  if (Object.keys(summary.scales).length)
    blocks.push({ kind: "paragraph", text: t("summary.scales.intro") });

  // The three voices side by side, and where they differ, as the overview shows them.
  blocks.push({ kind: "heading", level: 2, text: t("voices.title") });
  if (!voices.rows.length) blocks.push({ kind: "paragraph", text: t("voices.empty") });
  else {
    blocks.push(
      { kind: "paragraph", text: t("voices.intro") },
      { kind: "paragraph", text: t("voices.scales"), note: true },
      { kind: "heading", level: 3, text: t("voices.differ.title") },
      voices.differences.length
        ? { kind: "list", items: voices.differences.map((d) => sentence(d, t)) }
        : { kind: "paragraph", text: t("voices.differ.none") },
      voicesTable(voices.rows, t("voices.caption"), titles, t),
    );
    const subPoints = voices.rows.flatMap((row) => row.subPoints);
    if (subPoints.length)
      blocks.push(voicesTable(subPoints, t("voices.subPointsCaption"), titles, t));
  }

  // Each criterion: its figures from each audience, its sub-points, and what people said.
  blocks.push({ kind: "heading", level: 2, text: t("pack.criteria.title") });
  // Every criterion with figures or quotes, in the framework's order.
  const quoted = new Set(audiences.flatMap((a) => Object.keys(quotes[a] ?? {})));
  const codes = criterionCodes.filter(
    (code) =>
      quoted.has(code) ||
      voices.rows.some((r) => r.code === code) ||
      themes.some((theme) => theme.criterion === code),
  );
  for (const code of codes) {
    const row = voices.rows.find((r) => r.code === code);
    blocks.push({ kind: "heading", level: 3, text: `${code} ${criterion(code as never).title}` });
    const flags = row ? [row, ...row.subPoints].flatMap((r) => r.differences) : [];
    if (flags.length) blocks.push({ kind: "list", items: flags.map((d) => sentence(d, t)) });
    const header = [
      t("comments.audience"),
      ...polarityColumns.map((p) => t(columnKeys[p])),
      t("summary.answers"),
    ];
    const figures = (shown: ShownRow) => [...shown.cells.map(figure), count(shown.total)];
    const rows = audiences.flatMap((a) => {
      const shown = summary.byAudience[a].find((r) => r.criterion === code);
      return shown ? [[t(`audience.${a}`), ...figures(shown.row)]] : [];
    });
    if (rows.length)
      blocks.push({ kind: "table", caption: t("pack.criteria.figures", { code }), header, rows });
    // Where a criterion adds easy read's scale to standard's, each scale's own counts.
    const scaleRows: (string | string[])[][] = [];
    for (const a of audiences) {
      const added = summary.scales[a]?.[code];
      if (!added) continue;
      if (!added.available)
        blocks.push({
          kind: "paragraph",
          text: `${t(`audience.${a}`)}: ${t("summary.scales.withheld", { code, few: fewerThanThreshold(threshold, t) })}`,
          note: true,
        });
      for (const scale of added.scales)
        scaleRows.push([
          t(`audience.${a}`),
          t(`summary.scales.${scale.scale}`),
          scale.cells.map(
            (cell) =>
              `${t(`survey-common:scale.${scale.scale}.${cell.value}`)}: ${cell.count} (${cell.percent}%)`,
          ),
        ]);
    }
    if (scaleRows.length)
      blocks.push({
        kind: "table",
        caption: t("pack.criteria.scales", { code }),
        header: [t("comments.audience"), t("export.scale"), t("summary.answers")],
        rows: scaleRows,
      });
    const subRows: string[][] = [];
    for (const a of audiences) {
      const below = summary.subPoints[a]?.[code];
      if (!below) continue;
      if (!below.available)
        blocks.push({
          kind: "paragraph",
          text: `${t(`audience.${a}`)}: ${t("summary.subPoints.withheld", { code })}`,
          note: true,
        });
      for (const sub of below.rows)
        subRows.push([
          `${sub.subPoint} ${titles[sub.subPoint] ?? ""}`,
          t(`audience.${a}`),
          ...figures(sub.row),
        ]);
    }
    if (subRows.length)
      blocks.push({
        kind: "table",
        caption: t("pack.criteria.subPoints", { code }),
        header: [t("pack.criteria.subPoint"), ...header],
        rows: subRows,
      });
    const own = themes.filter((theme) => theme.criterion === code);
    if (own.length)
      blocks.push({
        kind: "table",
        caption: t("pack.criteria.themes", { code }),
        header: [t("themes.filter"), t("pack.criteria.themePeople"), t("pack.criteria.themeQuote")],
        rows: own.map((theme) => [
          theme.label,
          theme.people.suppressed ? count(theme.people) : String(theme.people.count),
          theme.quote
            ? `“${theme.quote.text}” (${t(`audience.${theme.quote.audience}`)})`
            : t("pack.criteria.noQuote"),
        ]),
      });
    for (const a of audiences) {
      const said = quotes[a]?.[code]?.quotes ?? [];
      if (said.length)
        blocks.push({
          kind: "quotes",
          label: t("pack.criteria.quotes", { audience: t(`audience.${a}`) }),
          items: said.map((q) => q.text),
        });
    }
  }
  // Webinar feedback, as the summary shows it beside the survey results (the same function).
  const feedback = await webinarFeedbackSummary(db, inspection.id, threshold);
  if (feedback)
    blocks.push(
      ...feedbackBlocks(feedback, { count, figure, few: fewerThanThreshold(threshold, t) }, t),
    );
  return { title, language, dir: languageDirection(language), blocks };
}

/**
 * The summary's webinar feedback section as blocks: the number who gave feedback, each
 * question's answers, and its words only where the summary quotes them.
 */
function feedbackBlocks(
  feedback: WebinarFeedbackSummary,
  shown: { count: (cell: ShownCell) => string; figure: (cell: ShownCell) => string; few: string },
  t: TFunction,
): PackBlock[] {
  const key = "summary.webinarFeedback";
  const { responses, quotes } = feedback;
  const blocks: PackBlock[] = [
    { kind: "heading", level: 2, text: t(`${key}.title`) },
    { kind: "paragraph", text: t(`${key}.intro`) },
    { kind: "paragraph", text: `${t("inspections.responses")}: ${shown.count(responses)}` },
  ];
  if (responses.suppressed)
    return [...blocks, { kind: "paragraph", text: t(`${key}.withheld`, { few: shown.few }) }];
  if (responses.count === 0) return [...blocks, { kind: "paragraph", text: t(`${key}.none`) }];
  for (const [question, options] of [
    ["useful", usefulOptions],
    ["heard", heardOptions],
  ] as const)
    blocks.push({
      kind: "table",
      caption: t(`${key}.${question}`),
      header: [t(`${key}.answer`), t(`${key}.people`)],
      rows: options.map((option, i) => [
        t(`${key}.${question}Options.${option}`),
        shown.figure(feedback[question].cells[i]!),
      ]),
    });
  if (quotes.total > 0)
    blocks.push(
      { kind: "paragraph", text: `${t(`${key}.wrote`)}: ${quotes.total}` },
      { kind: "quotes", label: t(`${key}.quotes`), items: quotes.quotes },
    );
  return blocks;
}

/** The overview's table of the three voices: one row per criterion or sub-point. */
function voicesTable(
  rows: VoicesRow[],
  caption: string,
  titles: Record<string, string>,
  t: TFunction,
): PackBlock {
  return {
    kind: "table",
    caption,
    header: [t("summary.criterion"), ...audiences.map((a) => t(`audience.${a}`))],
    rows: rows.map((row) => [
      [
        `${row.code} ${titles[row.code] ?? ""}`,
        ...(row.differences.length ? [t("voices.differs")] : []),
      ],
      ...audiences.map((a) => voiceText(row.voices[a], t)),
    ]),
  };
}

/** The pack as the print view shows it; looking at it is audited as the summary is. */
export async function evidencePackPage(
  db: Database,
  input: { inspectorId: string; inspection: PackInspection; language: LanguageCode; t: TFunction },
) {
  const pack = await evidencePack(db, input);
  await audit(db, {
    userId: input.inspectorId,
    inspectionId: input.inspection.id,
    action: "summary_viewed",
    detail: { view: "evidence-pack" },
  });
  return pack;
}

/** The pack as a Word document to download, named and audited as every export is. */
export async function evidencePackDownload(
  db: Database,
  input: {
    inspectorId: string;
    inspection: PackInspection;
    language: LanguageCode;
    t: TFunction;
  },
): Promise<{ body: Uint8Array<ArrayBuffer>; disposition: string }> {
  const made = new Date();
  const pack = await evidencePack(db, { ...input, made });
  const body = new Uint8Array(await evidencePackDocx(pack, pack.title));
  await audit(db, {
    userId: input.inspectorId,
    inspectionId: input.inspection.id,
    action: "export",
    detail: { file: "evidence-pack.docx" },
  });
  return {
    body,
    disposition: attachment(downloadName(input.inspection.areaName, "evidence-pack", made, "docx")),
  };
}
