import type { LoaderFunctionArgs } from "@remix-run/node";
import { audit } from "~/auth/audit.server";
import { quotableComments, withheldIn } from "~/summary/quotable.server";
import { createServerI18n } from "~/i18n/i18n.server";
import { audiences } from "~/inspections/audiences";
import { commentsCsv, summaryCsv } from "~/summary/export.server";
import { inspectionSummary } from "~/summary/summary.server";
import { suppressionThreshold } from "~/summary/threshold.server";
import { fewerThanThreshold, hiddenFigure } from "~/summary/labels";
import { attachment, downloadName, madeRows } from "~/inspections/downloads";
import { inspectionContext } from "~/inspections/context.server";
import { toCsv } from "~/summary/export.server";
import { getSurvey } from "~surveys";

/** CSV exports of the suppressed summary and of the comments; each download is audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspection, language, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const file = params.file;
  if (file !== "summary.csv" && file !== "comments.csv")
    return new Response("Not found", { status: 404 });
  const i18n = await createServerI18n(language);
  const threshold = suppressionThreshold();
  const summary = await inspectionSummary(db, params.inspectionId!, threshold);
  const audienceLabels = Object.fromEntries(audiences.map((a) => [a, t(`audience.${a}`)]));
  let body: string;
  if (file === "summary.csv") {
    body = summaryCsv(summary, {
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
  } else {
    const comments = await quotableComments(db, params.inspectionId!, withheldIn(summary));
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
      ],
    );
  }
  // Which inspection, and when: on its first rows and in its name (#25).
  const area = inspection.areaName;
  const made = new Date();
  const what = file === "summary.csv" ? "summary" : "comments";
  body =
    toCsv(madeRows(t, language, { what: t(`${what}.title`), area, made })) +
    body.replace(/^\uFEFF/, "");
  await audit(db, {
    userId: inspector.id,
    inspectionId: params.inspectionId,
    action: "export",
    detail: { file },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(downloadName(area, what, made)),
      "Cache-Control": "no-store",
    },
  });
}
