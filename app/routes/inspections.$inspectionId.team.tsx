import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, RadioGroup, TextField, TableScroll } from "~/components/ui";
import { inspectionContext } from "~/inspections/context.server";
import { addToTeam, listTeam, removeFromTeam } from "~/inspections/team.server";
import { countFailedGuess, guessingWait } from "~/platform/guessing.server";
import { readForm } from "~/platform/forms.server";
import { textField } from "~/platform/form-fields";
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
  if (form.get("intent") === "add") {
    const email = text("email");
    const role = text("role") === "lead" ? "lead" : "member";
    if (!email) return data({ error: t("team.errors.emailRequired"), email }, { status: 400 });
    // Whether an address has an account shows here, so looking up addresses that have none
    // is limited per inspector (#16, finding 18).
    const wait = guessingWait("team-lookup", inspector.id);
    if (wait > 0)
      return data(
        { error: t("team.errors.tooManyLookups"), email },
        { status: 429, headers: { "Retry-After": String(wait) } },
      );
    const result = await addToTeam(db, inspector.id, inspectionId, email, role);
    if (!result.ok && result.reason === "noAccount") countFailedGuess("team-lookup", inspector.id);
    if (!result.ok)
      return data({ error: t(`team.errors.${result.reason}`), email }, { status: 400 });
    return redirect(`/inspections/${inspectionId}/team`);
  }
  if (form.get("intent") === "remove") {
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
      <PageTitle title={page.title} hasErrors={Boolean(result?.error)} />
      <ErrorSummary
        problems={result?.error ? [{ fieldId: "team-email", message: result.error }] : []}
      />
      <p className="caption">
        <a href={`/inspections/${page.id}`}>{page.area}</a>
      </p>
      <h1 className="page-heading">{t("team.title")}</h1>
      <TableScroll label={t("team.title")}>
        <table className="table">
          <caption className="visually-hidden">{t("team.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("accounts.name")}</th>
              <th scope="col">{t("accounts.email")}</th>
              <th scope="col">{t("team.role")}</th>
              {page.isLead ? <th scope="col">{t("accounts.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {page.team.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td className="break">{member.email}</td>
                <td>{t(`team.roles.${member.role}`)}</td>
                {page.isLead ? (
                  <td>
                    <Form method="post">
                      <input type="hidden" name="userId" value={member.id} />
                      <Button name="intent" value="remove" variant="secondary">
                        {t("team.remove")}
                        <span className="visually-hidden"> {member.name}</span>
                      </Button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
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
        </>
      ) : (
        <p>{t("team.leadsOnly")}</p>
      )}
    </>
  );
}
