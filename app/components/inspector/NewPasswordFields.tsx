import { useTranslation } from "react-i18next";
import { TextField } from "~/components/ui";

/**
 * A new password and the same again, as the account page (changing one) and an organiser's
 * invitation (choosing one) ask for them. The confirmation is `confirmPassword`, at
 * #confirm-password; what the new one is called is the form's own.
 */
export function NewPasswordFields({
  id,
  name,
  label,
  minimumLength,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  minimumLength: number;
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation("inspector");
  return (
    <>
      <TextField
        id={id}
        name={name}
        type="password"
        label={label}
        hint={t("account.password.newHint", { count: minimumLength })}
        autoComplete="new-password"
        error={errors[name]}
        width="medium"
      />
      <TextField
        id="confirm-password"
        name="confirmPassword"
        type="password"
        label={t("account.password.confirm")}
        autoComplete="new-password"
        error={errors.confirmPassword}
        width="medium"
      />
    </>
  );
}
