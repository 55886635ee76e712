import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, Table } from "~/components/ui";

/** Who is on an inspection's team; its leads see a button to take each person off. */
export function TeamTable({
  team,
  canRemove,
}: {
  team: { id: string; name: string; email: string; role: "lead" | "member" | "organiser" }[];
  canRemove: boolean;
}) {
  const { t } = useTranslation("inspector");
  return (
    <Table
      label={t("team.title")}
      columns={[
        t("accounts.name"),
        t("accounts.email"),
        t("team.role"),
        canRemove && t("accounts.actions"),
      ]}
    >
      {team.map((member) => (
        <tr key={member.id}>
          <th scope="row">{member.name}</th>
          <td className="break">{member.email}</td>
          <td>{t(`team.roles.${member.role}`)}</td>
          {canRemove ? (
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
    </Table>
  );
}
