import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, TextArea } from "~/components/ui";

/** The inspection's safeguarding guidance, which its lead may change (#19). */
export function Guidance({
  guidance,
  custom,
  isLead,
  error,
  typed,
}: {
  guidance: string;
  /** Whether the inspection has its own words (else the default's). */
  custom: boolean;
  isLead: boolean;
  error?: string;
  /** What the lead typed, when it was refused: shown again so nothing is lost. */
  typed?: string;
}) {
  const { t } = useTranslation("inspector");
  return (
    <section className="panel" aria-labelledby="guidance-title">
      <h2 id="guidance-title">{t("safeguarding.guidanceTitle")}</h2>
      <p className="concern__guidance">{guidance}</p>
      {isLead ? (
        <details open={Boolean(error)}>
          <summary>{t("safeguarding.guidanceChange")}</summary>
          <Form method="post">
            <input type="hidden" name="intent" value="guidance" />
            <TextArea
              id="guidance"
              name="guidance"
              label={t("safeguarding.guidanceLabel")}
              hint={t("safeguarding.guidanceHint")}
              error={error}
              defaultValue={typed ?? (custom ? guidance : "")}
              rows={8}
            />
            <Button variant="secondary">{t("safeguarding.guidanceSave")}</Button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
