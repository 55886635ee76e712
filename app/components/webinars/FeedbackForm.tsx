import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, RadioGroup, TextArea } from "~/components/plain";
import { heardOptions, usefulOptions } from "~/webinars/feedback-options";

export type FeedbackField = "useful" | "heard" | "other";

/** The three questions after a webinar, each with what was chosen and its error (#22). */
export function FeedbackForm({
  errors,
  values,
}: {
  errors: Partial<Record<FeedbackField, string>>;
  values: Partial<Record<FeedbackField, string>>;
}) {
  const { t } = useTranslation("webinars");
  return (
    <Form method="post" noValidate>
      <RadioGroup
        id="useful"
        name="useful"
        label={t("followUp.form.useful")}
        error={errors.useful}
        defaultValue={values.useful || undefined}
        options={usefulOptions.map((value) => ({
          value,
          label: t(`followUp.form.usefulOptions.${value}`),
        }))}
      />
      <RadioGroup
        id="heard"
        name="heard"
        label={t("followUp.form.heard")}
        error={errors.heard}
        defaultValue={values.heard || undefined}
        options={heardOptions.map((value) => ({
          value,
          label: t(`followUp.form.heardOptions.${value}`),
        }))}
      />
      <TextArea
        id="other"
        name="other"
        label={t("followUp.form.other")}
        hint={t("followUp.form.otherHint")}
        error={errors.other}
        defaultValue={values.other}
        rows={4}
      />
      <Button>{t("followUp.form.button")}</Button>
    </Form>
  );
}
