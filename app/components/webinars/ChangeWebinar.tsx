import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldProblem } from "~/components/ErrorSummary";
import { Button, TextField } from "~/components/ui";
import { WebinarFields, webinarFieldIds } from "./WebinarFields";
import type { WebinarFormValues } from "./WebinarFields";

/** The change form's errors as the error summary lists them, in the form's order. */
export function changeProblems(errors: Record<string, string | undefined>): FieldProblem[] {
  return Object.keys(webinarFieldIds).flatMap((field) =>
    errors[field] ? [{ fieldId: webinarFieldIds[field]!, message: errors[field]! }] : [],
  );
}

/**
 * Changing a webinar (#22), for its lead or forum organiser: title, time, joining link and
 * places, then a link to cancel it. Everyone with a place hears about a change once.
 */
export function ChangeWebinar({
  errors,
  values,
  cancelHref,
}: {
  errors: Record<string, string | undefined>;
  values: WebinarFormValues;
  cancelHref: string;
}) {
  const { t } = useTranslation(["inspector", "webinars"]);
  return (
    <>
      <h2>{t("webinars.change.title")}</h2>
      <p className="hint">{t("webinars.change.hint")}</p>
      <Form method="post" noValidate>
        <WebinarFields errors={errors} values={values} hosts={[]} changing />
        <Button name="intent" value="change">
          {t("webinars.change.button")}
        </Button>
      </Form>
      <h2>{t("webinars.change.cancelTitle")}</h2>
      <p>
        <Link to={cancelHref}>{t("webinars.change.cancelLink")}</Link>
      </p>
    </>
  );
}

/** Places alone, for an inspector on the team who is not its lead. */
export function CapacityForm({ error, value }: { error: string | undefined; value: string }) {
  const { t } = useTranslation(["inspector", "webinars"]);
  return (
    <>
      <h2>{t("webinars.detail.capacityTitle")}</h2>
      <Form method="post" noValidate>
        <TextField
          id="capacity"
          name="capacity"
          label={t("webinars.detail.capacity")}
          hint={t("webinars.detail.capacityHint")}
          inputMode="numeric"
          width="short"
          error={error}
          defaultValue={value}
        />
        <Button name="intent" value="capacity" variant="secondary">
          {t("webinars.detail.capacityButton")}
        </Button>
      </Form>
    </>
  );
}
