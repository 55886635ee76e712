import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, CheckboxGroup, RadioGroup, TextArea, TextField } from "~/components/plain";
import { needOptions, roleOptions } from "~/webinars/needs";

/** Where each field's error in the summary takes you. */
export const signUpFieldIds = {
  name: "name",
  email: "email",
  role: "role",
  needs: "needs",
  interpreterLanguage: "interpreterLanguage",
  otherNeeds: "otherNeeds",
  question: "question",
  consent: "consent",
} as const;

type Field = keyof typeof signUpFieldIds;

/**
 * The webinar sign-up form, with what was typed and each field's error, when it was first
 * shown (signed) and a field for scripts only (app/webinars/bot-check.server.ts).
 */
export function SignUpForm({
  errors,
  values,
  formShown,
}: {
  errors: Partial<Record<Field, string>>;
  values: Partial<Record<Field, string | string[]>>;
  formShown: string;
}) {
  const { t } = useTranslation("webinars");
  const text = (field: Field) => {
    const value = values[field];
    return typeof value === "string" ? value : undefined;
  };
  const needs = values.needs;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="formShown" value={formShown} />
      {/* Off the screen, out of the tab order and hidden from screen readers: only a script fills it. */}
      <div className="trap" aria-hidden="true">
        <label htmlFor="website">{t("signUp.leaveEmpty")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <TextField
        id={signUpFieldIds.name}
        name="name"
        label={t("signUp.name")}
        autoComplete="name"
        spellCheck={false}
        error={errors.name}
        defaultValue={text("name")}
      />
      <TextField
        id={signUpFieldIds.email}
        name="email"
        type="email"
        label={t("signUp.email")}
        hint={t("signUp.emailHint")}
        autoComplete="email"
        spellCheck={false}
        error={errors.email}
        defaultValue={text("email")}
      />
      <RadioGroup
        id={signUpFieldIds.role}
        name="role"
        label={t("signUp.role")}
        error={errors.role}
        defaultValue={text("role") || undefined}
        options={roleOptions.map((role) => ({ value: role, label: t(`signUp.roles.${role}`) }))}
      />
      <CheckboxGroup
        id={signUpFieldIds.needs}
        name="needs"
        label={t("signUp.needs")}
        hint={t("signUp.needsHint")}
        error={errors.needs}
        defaultValue={Array.isArray(needs) ? needs : undefined}
        options={needOptions.map((need) => ({
          value: need,
          label: t(`signUp.needsOptions.${need}`),
        }))}
      />
      <TextField
        id={signUpFieldIds.interpreterLanguage}
        name="interpreterLanguage"
        label={t("signUp.interpreterLanguage")}
        error={errors.interpreterLanguage}
        defaultValue={text("interpreterLanguage")}
        width="medium"
      />
      <TextArea
        id={signUpFieldIds.otherNeeds}
        name="otherNeeds"
        label={t("signUp.otherNeeds")}
        error={errors.otherNeeds}
        defaultValue={text("otherNeeds")}
        rows={3}
      />
      <TextArea
        id={signUpFieldIds.question}
        name="question"
        label={t("signUp.question")}
        hint={t("signUp.questionHint")}
        error={errors.question}
        defaultValue={text("question")}
        rows={4}
      />
      {/* The legend is the heading, read once; what it means is its hint. */}
      <CheckboxGroup
        id={signUpFieldIds.consent}
        name="consent"
        label={<span className="heading-m">{t("signUp.consentTitle")}</span>}
        hint={t("signUp.consentBody")}
        error={errors.consent}
        defaultValue={text("consent") === "yes" ? ["yes"] : []}
        options={[{ value: "yes", label: t("signUp.consent") }]}
      />
      <Button>{t("signUp.button")}</Button>
    </Form>
  );
}
