import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AddThemeForm, ThemeItem } from "~/components/inspector/themes/ThemeForms";
import type { ThemeRefusal } from "~/components/inspector/themes/ThemeForms";
import { VoicesTable } from "~/components/summary/Voices";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { criterionPage } from "~/coding/criterion-page.server";
import { themeFieldId, themeFormChange } from "~/coding/theme-forms.server";
import { maxThemeLabel } from "~/coding/themes.server";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { pageAsked } from "~/platform/paging";
import { sentence } from "~/summary/voices";
import { isCriterionCode } from "~surveys/framework";

/** One criterion (#18): its three voices, where they differ, and the themes inspectors give it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspectionId, inspection } = await inspectionContext(
    request,
    params.inspectionId,
  );
  if (!isCriterionCode(params.criterion)) throw data(null, { status: 404 });
  const page = await criterionPage(db, {
    inspectionId,
    userId: inspector.id,
    criterion: params.criterion,
    page: pageAsked(new URL(request.url).searchParams),
  });
  return { id: inspectionId, area: inspection.areaName, ...page };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, t } = await inspectionContext(request, params.inspectionId);
  if (!isCriterionCode(params.criterion)) throw data(null, { status: 404 });
  const change = await themeFormChange(db, {
    userId: inspector.id,
    inspectionId,
    criterion: params.criterion,
    form: await readForm(request),
  });
  if (!change) throw data(null, { status: 400 });
  if (!change.ok && change.problem === "notFound") throw data(null, { status: 404 });
  if (!change.ok) {
    const refused: ThemeRefusal = {
      intent: change.intent,
      themeId: change.themeId,
      fieldId: themeFieldId(change.intent, change.problem, change.themeId),
      message: t(`themes.errors.${change.problem}`, { count: maxThemeLabel }),
      label: change.label,
    };
    return data({ refused }, { status: 400 });
  }
  // Back to the same page of comments, at the theme changed.
  const { search } = new URL(request.url);
  return redirect(
    `/inspections/${inspectionId}/criteria/${params.criterion}${search}#theme-${change.themeId}`,
  );
}

export default function CriterionPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const refused = result?.refused;
  const problems = refused ? [{ fieldId: refused.fieldId, message: refused.message }] : [];
  return (
    <>
      <InspectionHeading
        id={page.id}
        area={page.area}
        title={`${page.code} ${page.title}: ${page.area}`}
        heading={
          <>
            <span className="criterion-code">{page.code}</span> {page.title}
          </>
        }
        problems={problems}
      />
      <h2 id="differ-heading">{t("voices.differ.title")}</h2>
      {page.differences.length ? (
        <ul aria-labelledby="differ-heading">
          {page.differences.map((d) => (
            <li key={`${d.code}-${d.lower}-${d.higher}`}>{sentence(d, t)}</li>
          ))}
        </ul>
      ) : (
        <p>{t("voices.differ.none")}</p>
      )}
      {page.rows.length ? (
        <VoicesTable
          rows={page.rows}
          caption={t("voices.caption")}
          label={(code) => page.titles[code] ?? ""}
        />
      ) : (
        <p>{t("voices.empty")}</p>
      )}
      <h2 id="themes-heading">{t("themes.title")}</h2>
      <p>{page.themes.length ? t("themes.criterionIntro") : t("themes.none")}</p>
      {page.themes.map((theme) => (
        <ThemeItem
          key={theme.id}
          theme={theme}
          others={page.themes.filter((o) => o.id !== theme.id)}
          sample={page.samples[theme.id] ?? { count: 0, comments: [] }}
          threshold={page.threshold}
          refused={refused}
          commentsHref={`/inspections/${page.id}/comments?theme=${theme.id}`}
        />
      ))}
      <AddThemeForm comments={page.comments} pages={page.pages} refused={refused} />
    </>
  );
}
