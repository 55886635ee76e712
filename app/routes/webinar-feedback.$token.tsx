import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { HelpNowPanel } from "~/components/survey/HelpNowPanel";
import { FeedbackForm } from "~/components/webinars/FeedbackForm";
import type { FeedbackField } from "~/components/webinars/FeedbackForm";
import { pageLanguage } from "~/i18n/i18n.server";
import { getDb } from "~/platform/db.server";
import { readForm } from "~/platform/forms.server";
import { checkFields, textFields } from "~/platform/form-fields";
import { feedbackSchema, findFeedbackLink, giveFeedback } from "~/webinars/feedback.server";

export const handle = { i18n: ["webinars", "survey"] };

/**
 * The feedback form a follow-up email links to (#22): three optional-to-answer questions,
 * anonymous, one answer per link. A spent or unknown link says so, as a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t } = await pageLanguage(request, "webinars");
  const link = await findFeedbackLink(await getDb(), params.token ?? "");
  if (!link) return data({ found: false as const }, { status: 404 });
  return {
    found: true as const,
    title: t("followUp.form.title"),
    intro: t("followUp.form.intro", { title: link.title, area: link.areaName }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { t } = await pageLanguage(request, "webinars");
  const values = textFields(await readForm(request), ["useful", "heard", "other"], 2000);
  const checked = checkFields(feedbackSchema, values, { prefix: "followUp.form.errors", t });
  if (!checked.ok) return data({ errors: checked.errors, values }, { status: 400 });
  const outcome = await giveFeedback(await getDb(), params.token ?? "", checked.form);
  if (outcome === "used") throw data(null, { status: 404 });
  // Words that may be a disclosure: where to get help now, first (#19); adults, so the NSPCC.
  return { thanks: true as const, helpNow: outcome === "flagged" };
}

const fields: FeedbackField[] = ["useful", "heard", "other"];

export default function WebinarFeedback() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("webinars");
  if (result && "thanks" in result) return <Message kind="thanks" helpNow={result.helpNow} />;
  if (!page.found) return <Message kind="used" />;
  const errors: Partial<Record<FeedbackField, string>> = (result && result.errors) ?? {};
  const problems = fields.flatMap((f) => (errors[f] ? [{ fieldId: f, message: errors[f]! }] : []));
  return (
    <>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      <h1 className="page-heading">{page.title}</h1>
      <p dir="auto">{page.intro}</p>
      <p className="hint">{t("followUp.form.anonymous")}</p>
      <FeedbackForm errors={errors} values={(result && result.values) ?? {}} />
    </>
  );
}

/** Thanks, or a link that does not work: a heading and what it means. */
function Message({ kind, helpNow }: { kind: "thanks" | "used"; helpNow?: boolean }) {
  const { t } = useTranslation("webinars");
  const title = t(`followUp.${kind}.title`);
  return (
    <>
      <PageTitle title={title} />
      {helpNow ? <HelpNowPanel helpline="nspcc" easy={false} carryOn={false} /> : null}
      <h1 className="page-heading">{title}</h1>
      <p>{t(`followUp.${kind}.body`)}</p>
    </>
  );
}
