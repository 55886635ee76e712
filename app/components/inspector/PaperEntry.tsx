import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, RadioGroup } from "~/components/ui";
import { QuestionField } from "~/components/survey/QuestionField";
import type { Audience } from "~/inspections/audiences";
import { languageCodes, languageNames } from "~/i18n/languages";
import type { LanguageCode } from "~/i18n/languages";
import { paperField } from "~/responses/paper-field";
import type { DraftAnswer } from "~surveys/answers";
import type { Question, SurveyDefinition } from "~surveys/schema";

/**
 * Chooses which paper forms to key in: whose, which version, in which language. A GET form, so
 * the paper page's address says what it is for and can be kept open for a pile of forms.
 */
export function PaperSurveyForm({
  inspectionId,
  audiences,
  chosen,
  title,
}: {
  inspectionId: string;
  audiences: Audience[];
  chosen?: { audience?: string; version?: string; language?: string };
  /** The heading, when the page is keying in forms already ("Key in other forms"). */
  title?: string;
}) {
  const { t, i18n } = useTranslation("inspector");
  const names = languageNames[(i18n.language as LanguageCode) ?? "en"] ?? languageNames.en;
  return (
    <>
      <h2>{title ?? t("paper.title")}</h2>
      <p>{t("paper.hint")}</p>
      <Form method="get" action={`/inspections/${inspectionId}/paper`} noValidate>
        <RadioGroup
          id="paper-audience"
          name="audience"
          label={t("paper.audience")}
          defaultValue={chosen?.audience ?? "parent"}
          options={audiences.map((audience) => ({
            value: audience,
            label: t(`audience.${audience}`),
          }))}
        />
        <RadioGroup
          id="paper-version"
          name="version"
          label={t("paper.version")}
          defaultValue={chosen?.version ?? "standard"}
          options={[
            { value: "standard", label: t("summary.values.standard") },
            { value: "easy", label: t("summary.values.easy") },
          ]}
        />
        <RadioGroup
          id="paper-language"
          name="language"
          label={t("paper.language")}
          hint={t("paper.languageHint")}
          defaultValue={chosen?.language ?? "en"}
          options={languageCodes.map((code) => ({ value: code, label: names[code] }))}
        />
        <Button variant="secondary">{t("paper.button")}</Button>
      </Form>
    </>
  );
}

/** Every question of one paper form on one page, numbered as on the paper. */
export function PaperFormFields({
  definition,
  questions,
  answers,
  errors,
}: {
  definition: Pick<SurveyDefinition, "namespace" | "version">;
  questions: Question[];
  answers: Record<string, DraftAnswer>;
  errors: Record<string, string>;
}) {
  return (
    <ol className="paper-form">
      {questions.map((question, i) => (
        <li key={question.id}>
          <QuestionField
            definition={definition}
            question={question}
            answer={answers[question.id]}
            error={errors[question.id]}
            numbered={{ number: i + 1, fieldId: paperField(question.id) }}
          />
        </li>
      ))}
    </ol>
  );
}
