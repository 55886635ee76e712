import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, Table } from "~/components/ui";

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: "admin" | "inspector" | "organiser";
  disabled: boolean;
  twoFactorOn: boolean;
}

/** Every account, with what an admin may do to each: not to their own. */
export function AccountsTable({
  title,
  me,
  accounts,
}: {
  title: string;
  me: string;
  accounts: AccountRow[];
}) {
  const { t } = useTranslation("inspector");
  return (
    <Table
      label={title}
      columns={[
        t("accounts.name"),
        t("accounts.email"),
        t("accounts.role"),
        t("accounts.status"),
        t("accounts.twoFactor"),
        t("accounts.actions"),
      ]}
    >
      {accounts.map((account) => (
        <tr key={account.id}>
          <th scope="row">{account.name}</th>
          <td className="break">{account.email}</td>
          <td>{t(`accounts.roles.${account.role}`)}</td>
          <td>{t(account.disabled ? "accounts.disabled" : "accounts.active")}</td>
          <td>{t(account.twoFactorOn ? "accounts.twoFactorOn" : "accounts.twoFactorOff")}</td>
          <td>
            {account.id === me ? (
              t("accounts.you")
            ) : (
              <Form method="post" className="button-group">
                <input type="hidden" name="accountId" value={account.id} />
                <Button
                  name="intent"
                  value={account.disabled ? "enable" : "disable"}
                  variant="secondary"
                >
                  {t(account.disabled ? "accounts.enable" : "accounts.disable")}
                  <span className="visually-hidden"> {account.name}</span>
                </Button>
                <Button name="intent" value="reset" variant="secondary">
                  {t("accounts.reset")}
                  <span className="visually-hidden"> {account.name}</span>
                </Button>
                {account.twoFactorOn ? (
                  <Button name="intent" value="resetTwoFactor" variant="secondary">
                    {t("accounts.resetTwoFactor")}
                    <span className="visually-hidden"> {account.name}</span>
                  </Button>
                ) : null}
              </Form>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
