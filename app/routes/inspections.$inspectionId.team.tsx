import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TeamTable } from "~/components/inspector/TeamTable";
import { Button, RadioGroup, TextField } from "~/components/ui";
import { InspectionHeading } from "~/components/inspector/InspectionHeading";
import { inspectionContext } from "~/inspections/context.server";
import { addToTeam, listTeam, removeFromTeam } from "~/inspections/team.server";
import { readForm } from "~/platform/forms.server";
import { choiceField, textField } from "~/platform/form-fields";
import { passRetryAfter } from "~/platform/retry-after";

/** Who is on the inspection. Leads add and remove people; everyone on it can see the list. */
/** A 429 says when to try again. */
export const headers = passRetryAfter;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspectionId, teamRole, inspection, t } = await inspectionContext(
    request,
    params.inspectionId,
  );
  return {
    id: inspectionId,
    area: inspection.areaName,
    title: `${t("team.title")} – ${inspection.areaName}`,
    me: inspector.id,
    isLead: teamRole === "lead",
    team: await listTeam(db, inspectionId),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, t } = await inspectionContext(request, params.inspectionId, {
    lead: true,
  });
  const form = await readForm(request);
  const text = (name: string) => textField(form, name, 300).trim();
  const intent = choiceField(form, "intent", ["add", "remove"]);
  if (intent === "add") {
    const email = text("email");
    const role = text("role") === "lead" ? "lead" : "member";
    if (!email) return data({ error: t("team.errors.emailRequired"), email }, { status: 400 });
    const result = await addToTeam(db, inspector.id, inspectionId, email, role);
    if (!result.ok && result.reason === "tooManyLookups")
      return data(
        { error: t("team.errors.tooManyLookups"), email },
        { status: 429, headers: { "Retry-After": String(result.retryAfter) } },
      );
    if (!result.ok)
      return data({ error: t(`team.errors.${result.reason}`), email }, { status: 400 });
    return redirect(`/inspections/${inspectionId}/team`);
  }
  if (intent === "remove") {
    const result = await removeFromTeam(db, inspector.id, inspectionId, text("userId"));
    if (!result.ok)
      return data({ error: t(`team.errors.${result.reason}`), email: "" }, { status: 400 });
    // Taking yourself off leaves you nothing to see here.
    return redirect(
      text("userId") === inspector.id ? "/inspections" : `/inspections/${inspectionId}/team`,
    );
  }
  throw data(null, { status: 400 });
}

export default function Team() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <InspectionHeading
        id={page.id}
        area={page.area}
        title={page.title}
        heading={t("team.title")}
        problems={result?.error ? [{ fieldId: "team-email", message: result.error }] : []}
      />
      <TeamTable team={page.team} canRemove={page.isLead} />
      {page.isLead ? (
        <>
          <h2>{t("team.add")}</h2>
          <Form method="post" noValidate>
            <TextField
              id="team-email"
              name="email"
              type="email"
              label={t("team.email")}
              hint={t("team.emailHint")}
              error={result?.error}
              defaultValue={result?.email}
              spellCheck={false}
            />
            <RadioGroup
              id="team-role"
              name="role"
              label={t("team.role")}
              defaultValue="member"
              options={(["member", "lead"] as const).map((role) => ({
                value: role,
                label: t(`team.roles.${role}`),
              }))}
            />
            <Button name="intent" value="add">
              {t("team.addButton")}
            </Button>
          </Form>
          <p>
            <a href={`/inspections/${page.id}/organisers`}>{t("organisers.link")}</a>
          </p>
        </>
      ) : (
        <p>{t("team.leadsOnly")}</p>
      )}
    </>
  );
}
