import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TextField } from "~/components/ui";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import {
  inviteOrganiser,
  inviteSchema,
  waitingInvitations,
  withdrawInvitation,
} from "~/auth/organiser-invitations.server";
import { WaitingInvitations } from "~/components/inspector/WaitingInvitations";
import { inspectionContext } from "~/inspections/context.server";
import { readForm } from "~/platform/forms.server";
import { checkFields, idField, textFields } from "~/platform/form-fields";

/** The lead invites a parent carer forum organiser to run the forum's webinars (#22). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspectionId, inspection, t } = await inspectionContext(
    request,
    params.inspectionId,
    { lead: true },
  );
  const said = new URL(request.url).searchParams;
  return {
    id: inspectionId,
    area: inspection.areaName,
    title: `${t("organisers.title")} – ${inspection.areaName}`,
    sent: said.has("sent"),
    withdrawn: said.has("withdrawn"),
    waiting: await waitingInvitations(db, inspectionId),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, t } = await inspectionContext(request, params.inspectionId, {
    lead: true,
  });
  const form = await readForm(request);
  if (form.get("intent") === "withdraw") {
    const withdraw = {
      byUserId: inspector.id,
      inspectionId,
      invitationId: idField(form, "invitationId") ?? "",
    };
    // Already used, run out or withdrawn in another tab: the list shows what is left.
    await withdrawInvitation(db, withdraw);
    return redirect(`/inspections/${inspectionId}/organisers?withdrawn`);
  }
  const values = textFields(form, ["email"], 300);
  const checked = checkFields(inviteSchema, values, { prefix: "organisers.errors", t });
  if (!checked.ok) return data({ error: checked.errors.email, values }, { status: 400 });
  const invite = { byUserId: inspector.id, inspectionId, email: checked.form.email, t };
  if (!(await inviteOrganiser(db, invite)))
    return data({ error: t("organisers.errors.tooMany"), values }, { status: 429 });
  return redirect(`/inspections/${inspectionId}/organisers?sent`);
}

export default function InviteOrganiser() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <InspectionHeading
        id={page.id}
        area={page.area}
        title={page.title}
        heading={t("organisers.title")}
        problems={result?.error ? [{ fieldId: "organiser-email", message: result.error }] : []}
      />
      {page.sent || page.withdrawn ? (
        <p className="panel" role="status">
          {t(page.sent ? "organisers.sent" : "organisers.waiting.withdrawn")}
        </p>
      ) : null}
      <p>{t("organisers.intro")}</p>
      <p>{t("organisers.limits")}</p>
      <Form method="post" noValidate>
        <TextField
          id="organiser-email"
          name="email"
          type="email"
          label={t("organisers.emailLabel")}
          hint={t("organisers.emailHint")}
          error={result?.error}
          defaultValue={result?.values.email}
          spellCheck={false}
        />
        <Button>{t("organisers.button")}</Button>
      </Form>
      <h2>{t("organisers.waiting.title")}</h2>
      <WaitingInvitations invitations={page.waiting} />
    </>
  );
}
