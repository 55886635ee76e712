import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Button } from "~/components/ui";
import { formatDateTime } from "~/i18n/format";
import { choiceField } from "~/platform/form-fields";
import { readForm } from "~/platform/forms.server";
import { cancellationReach, cancelWebinar, mayChangeWebinar } from "~/webinars/changes.server";
import { requireTeamWebinar } from "~/webinars/manage.server";

export const handle = { i18n: ["inspector", "webinars"] };

/** The lead's (or forum organiser's) webinar, not yet cancelled; anyone else is refused. */
async function cancellable(request: Request, params: LoaderFunctionArgs["params"]) {
  const team = await requireTeamWebinar(request, params.inspectionId, params.webinarId);
  if (!mayChangeWebinar(team.teamRole)) throw data(null, { status: 403 });
  const back = `/inspections/${team.inspectionId}/webinars/${team.webinar.id}`;
  return { ...team, back };
}

/** The confirmation step before a whole webinar is cancelled (#22). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, webinar, language, t, back } = await cancellable(request, params);
  if (webinar.cancelledAt) throw redirect(back);
  return {
    reach: await cancellationReach(db, webinar.id, t),
    title: t("webinars.cancel.title"),
    webinarTitle: webinar.title,
    when: formatDateTime(webinar.startsAt, language),
    started: webinar.startsAt <= new Date(),
    back,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, webinar, t, back } = await cancellable(request, params);
  // Only the confirmation page's own button cancels.
  if (choiceField(await readForm(request), "intent", ["cancel"]) !== "cancel")
    throw data(null, { status: 400 });
  const work = { inspectorId: inspector.id, inspectionId, webinarId: webinar.id };
  const outcome = await cancelWebinar(db, work);
  if (outcome === "started") throw data(t("webinars.cancel.started"), { status: 409 });
  return redirect(`${back}?saved=cancelled`);
}

export default function CancelWebinar() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation(["inspector", "webinars"]);
  return (
    <>
      <PageTitle title={page.title} />
      <p className="caption" dir="auto">
        {page.webinarTitle}
      </p>
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("webinars.cancel.when", { when: page.when })}</p>
      {page.started ? (
        <p className="panel">{t("webinars.cancel.started")}</p>
      ) : (
        <>
          <p>{page.reach}</p>
          <p>{t("webinars.cancel.warning")}</p>
          <Form method="post">
            <Button name="intent" value="cancel" variant="warning">
              {t("webinars.cancel.button")}
            </Button>
          </Form>
        </>
      )}
      <p>
        <Link to={page.back}>{t("webinars.cancel.back")}</Link>
      </p>
    </>
  );
}
