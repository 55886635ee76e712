import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, Table } from "~/components/ui";
import { formatDateTime } from "~/i18n/format";

/**
 * Invitations to forum organisers that no one has used yet (#22), each with a button for the
 * lead to withdraw it: sent to the wrong address, or no longer wanted.
 */
export function WaitingInvitations({
  invitations,
}: {
  invitations: { id: string; email: string; sentAt: Date | string; expiresAt: Date | string }[];
}) {
  const { t, i18n } = useTranslation("inspector");
  if (invitations.length === 0) return <p>{t("organisers.waiting.none")}</p>;
  return (
    <Table
      label={t("organisers.waiting.title")}
      columns={[
        t("accounts.email"),
        t("organisers.waiting.sent"),
        t("organisers.waiting.expires"),
        t("accounts.actions"),
      ]}
    >
      {invitations.map((invitation) => (
        <tr key={invitation.id}>
          <th scope="row" className="break">
            {invitation.email}
          </th>
          <td>{formatDateTime(invitation.sentAt, i18n.language)}</td>
          <td>{formatDateTime(invitation.expiresAt, i18n.language)}</td>
          <td>
            <Form method="post">
              <input type="hidden" name="invitationId" value={invitation.id} />
              <Button name="intent" value="withdraw" variant="secondary">
                {t("organisers.waiting.withdraw")}
                <span className="visually-hidden"> {invitation.email}</span>
              </Button>
            </Form>
          </td>
        </tr>
      ))}
    </Table>
  );
}
