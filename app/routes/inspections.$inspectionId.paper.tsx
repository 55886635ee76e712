import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { PaperFormFields, PaperSurveyForm } from "~/components/inspector/PaperEntry";
import { Button } from "~/components/ui";
import { inspectionContext } from "~/inspections/context.server";
import { listSurveyLinks } from "~/inspections/survey-links.server";
import { languageNames } from "~/i18n/languages";
import { readForm } from "~/platform/forms.server";
import { paperField } from "~/responses/paper-field";
import { keyInPaperForm, newPaperKey, readPaperForm } from "~/responses/paper.server";
import { whyPaperRefused } from "~/inspections/summary-final.server";
import { getSurvey } from "~surveys";
import { audiences } from "~surveys/lists";

/**
 * Paper surveys keyed in by the team (#20): every question of one form on one page, in the
 * order and with the numbers of the paper, sent once; then an empty form for the next one.
 */
export const handle = {
  // "survey" too: the question fields' hints are its words (hydration needs them all).
  i18n: ["inspector", "survey", "survey-common", ...audiences.map((a) => `survey-${a}`)],
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const context = await inspectionContext(request, params.inspectionId);
  const { db, inspectionId, inspection, language, t } = context;
  const search = new URL(request.url).searchParams;
  const audiences = (await listSurveyLinks(db, inspectionId)).map((link) => link.audience);
  const form = readPaperForm(search, audiences);
  // Marked final (#20): the page says so in words, and offers no form to key in.
  const final = whyPaperRefused(inspection) === "final";
  const base = { id: inspectionId, area: inspection.areaName, audiences, final };
  const chosen = form.asSent;
  if (!form.ok) return { ...base, chosen, title: t("paper.title"), form: null };
  const definition = getSurvey(form.audience, form.version);
  return {
    ...base,
    chosen,
    title: t("paper.pageTitle", {
      audience: t(`audience.${form.audience}`),
      version: t(`summary.values.${form.version}`),
      language: languageNames[language][form.language],
    }),
    form: {
      ...form,
      definition: { namespace: definition.namespace, version: definition.version },
      questions: definition.questions,
      submissionKey: newPaperKey(),
    },
    saved: (["yes", "late", "again"] as const).find((said) => said === search.get("saved")),
    closed: inspection.closedBecause !== null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, inspection, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  const url = new URL(request.url);
  const audiences = (await listSurveyLinks(db, inspectionId)).map((link) => link.audience);
  const form = readPaperForm(url.searchParams, audiences);
  if (!form.ok) throw data(null, { status: 400 });
  const outcome = await keyInPaperForm(db, {
    ...form,
    userId: inspector.id,
    inspectionId,
    inspection,
    form: await readForm(request),
  });
  if ("refused" in outcome) {
    return data({ refused: t(`paper.errors.${outcome.refused}`) }, { status: 400 });
  }
  if ("problems" in outcome) {
    const errors = Object.fromEntries(
      outcome.problems.map(({ questionId, problem }) => [
        questionId,
        problem.kind === "tooLong"
          ? `${t("paper.errors.tooLong", { count: problem.max, max: problem.max.toLocaleString("en-GB") })} ${t("paper.errors.tooLongNow", { count: problem.count, length: problem.count.toLocaleString("en-GB") })}`
          : t("paper.errors.invalidOption"),
      ]),
    );
    return data({ errors, chosen: outcome.chosen }, { status: 400 });
  }
  url.searchParams.set("saved", outcome.late ? "late" : outcome.stored ? "yes" : "again");
  return redirect(`${url.pathname}${url.search}#saved`);
}

export default function PaperEntry() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const errors = result && "errors" in result ? result.errors : {};
  const problems = result
    ? "refused" in result
      ? [{ fieldId: "paper-form", message: result.refused }]
      : Object.entries(errors).map(([id, message]) => ({ fieldId: paperField(id), message }))
    : [];
  return (
    <>
      <PageTitle title={`${page.title}: ${page.area}`} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <p className="caption">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <div className="panel paper-banner">
        <p>
          <strong>{t("paper.banner")}</strong>{" "}
          <a href={`/inspections/${page.id}`}>{t("paper.backToInspection")}</a>
        </p>
      </div>
      <h1 className="page-heading">{page.title}</h1>
      <p id="saved" role="status">
        {page.form && page.saved && !result ? t(`paper.saved.${page.saved}`) : ""}
      </p>
      {page.final ? (
        <p className="panel" id="paper-form">
          {t("paper.errors.final")}
        </p>
      ) : page.form ? (
        <>
          <p>{t(page.form && page.closed ? "paper.introLate" : "paper.intro")}</p>
          {/* A new key for each form shown: with JavaScript, a saved form's fields start empty. */}
          <Form method="post" id="paper-form" key={page.form.submissionKey} noValidate>
            <input type="hidden" name="submissionKey" value={page.form.submissionKey} />
            <PaperFormFields
              definition={page.form.definition}
              questions={page.form.questions}
              answers={result && "chosen" in result ? result.chosen : {}}
              errors={errors}
            />
            <Button>{t("paper.save")}</Button>
          </Form>
        </>
      ) : null}
      {page.final ? null : (
        <PaperSurveyForm
          inspectionId={page.id}
          audiences={page.audiences}
          chosen={page.chosen}
          title={page.form ? t("paper.another") : undefined}
        />
      )}
    </>
  );
}
