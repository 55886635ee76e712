import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { FollowUp } from "~/components/webinars/FollowUp";
import { formatDateTime } from "~/i18n/format";
import { readForm } from "~/platform/forms.server";
import { checkFields, choiceField, textField } from "~/platform/form-fields";
import { followUpSchema, followUpState, sendFollowUp } from "~/webinars/follow-up.server";
import { requireTeamWebinar } from "~/webinars/manage.server";

export const handle = { i18n: ["inspector"] };

/** After the webinar: the feedback form, and the notes link if any, to those who came (#22). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspectionId, webinar, language, t } = await requireTeamWebinar(
    request,
    params.inspectionId,
    params.webinarId,
  );
  const state = await followUpState(db, webinar);
  return {
    title: t("webinars.followUp.title"),
    webinarTitle: webinar.title,
    webinarHref: `/inspections/${inspectionId}/webinars/${webinar.id}`,
    view: {
      cancelled: state.cancelled,
      ended: state.ended,
      came: state.came,
      sent: state.sent && {
        when: formatDateTime(state.sent.sentAt, language),
        sentTo: state.sent.sentTo,
        notesUrl: state.sent.notesUrl,
      },
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, webinar, t } = await requireTeamWebinar(
    request,
    params.inspectionId,
    params.webinarId,
  );
  const form = await readForm(request);
  if (!choiceField(form, "intent", ["send"])) throw data(null, { status: 400 });
  const typed = textField(form, "notesUrl", 600);
  const checked = checkFields(
    followUpSchema,
    { notesUrl: typed },
    {
      prefix: "webinars.followUp.errors",
      t,
    },
  );
  if (!checked.ok) return data({ error: checked.errors.notesUrl, typed }, { status: 400 });
  const work = { inspectorId: inspector.id, inspectionId, webinarId: webinar.id };
  const result = await sendFollowUp(db, work, checked.form.notesUrl);
  if (!result.ok && result.reason === "cancelled")
    return data({ refused: t("webinars.followUp.cancelled") }, { status: 409 });
  // Sent already, not ended or nobody ticked: the page says which, and nothing more is sent.
  return redirect(`/inspections/${inspectionId}/webinars/${webinar.id}/follow-up`);
}

export default function WebinarFollowUp() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  const error = result && "error" in result ? result.error : undefined;
  return (
    <>
      <PageTitle title={page.title} hasErrors={Boolean(error)} />
      <ErrorSummary problems={error ? [{ fieldId: "notesUrl", message: error }] : []} />
      <p className="caption">
        <a href={page.webinarHref} dir="auto">
          {page.webinarTitle}
        </a>
      </p>
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("webinars.followUp.intro")}</p>
      <FollowUp
        view={page.view}
        webinarHref={page.webinarHref}
        error={error}
        typed={result && "typed" in result ? result.typed : undefined}
      />
    </>
  );
}
