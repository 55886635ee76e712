import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TableScroll } from "~/components/ui";

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
    <TableScroll label={t("team.title")}>
      <table className="table">
        <caption className="visually-hidden">{t("team.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("accounts.name")}</th>
            <th scope="col">{t("accounts.email")}</th>
            <th scope="col">{t("team.role")}</th>
            {canRemove ? <th scope="col">{t("accounts.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </TableScroll>
  );
}
