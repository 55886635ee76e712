import { useTranslation } from "react-i18next";
import { CheckboxGroup, RadioGroup, TextArea } from "~/components/plain";
import type { ChoiceOption } from "~/components/plain";
import type { DraftAnswer } from "~surveys/answers";
import { questionOptions } from "~surveys/options";
import type { Question, SurveyDefinition } from "~surveys/schema";
import { Picture } from "./Picture";

export const answerFieldId = "answer";

/**
 * One question as the page's heading, with its answers; each kind renders itself here. On a
 * paper form keyed in on one page (`numbered`), each question is one field of many: its
 * number beside the words, its answers numbered as the paper's, no pictures.
 */
export function QuestionField({
  definition,
  question,
  answer,
  error,
  typedText,
  numbered,
}: {
  definition: Pick<SurveyDefinition, "namespace" | "version">;
  question: Question;
  answer?: DraftAnswer;
  error?: string;
  /** Text sent back after a refused answer, so nothing typed is lost. */
  typedText?: string;
  /** The question's number and field id on a page of many questions. */
  numbered?: { number: number; fieldId: string };
}) {
  const { t } = useTranslation([definition.namespace, "survey-common", "survey"]);
  const easy = definition.version === "easy" && !numbered;
  const fieldId = numbered?.fieldId ?? answerFieldId;
  const label = numbered ? (
    <span>{`${numbered.number}. ${t(question.text)}`}</span>
  ) : (
    <span className="question-heading">
      {easy ? <Picture id={question.picture} size="large" /> : null}
      <span>{t(question.text)}</span>
    </span>
  );
  const hint = question.help ? t(question.help) : undefined;
  const options: ChoiceOption[] = questionOptions(question).map((option, i) => ({
    value: option.value,
    label: numbered ? `${i + 1} ${t(option.text)}` : t(option.text),
    picture: easy && option.picture ? <Picture id={option.picture} /> : undefined,
  }));
  const appearance = easy ? "cards" : "list";
  const field = { id: fieldId, name: fieldId, labelAsHeading: !numbered };

  switch (question.kind) {
    case "scale":
    case "single":
      return (
        <RadioGroup
          {...field}
          label={label}
          hint={hint}
          error={error}
          options={options}
          appearance={appearance}
          defaultValue={answer && "value" in answer ? answer.value : undefined}
        />
      );
    case "multiple":
      return (
        <CheckboxGroup
          {...field}
          label={label}
          hint={easy ? hint : [hint, t("survey:question.choose")].filter(Boolean).join(" ")}
          error={error}
          options={options}
          appearance={appearance}
          defaultValue={answer && "values" in answer ? answer.values : undefined}
        />
      );
    case "text":
      return (
        <TextArea
          {...field}
          label={label}
          hint={[
            hint,
            t(easy ? "survey:question.ownWordsHintEasy" : "survey:question.ownWordsHint"),
          ]
            .filter(Boolean)
            .join(" ")}
          error={error}
          defaultValue={typedText ?? (answer && "text" in answer ? answer.text : undefined)}
          rows={easy ? 5 : 8}
          spellCheck
        />
      );
    default: {
      const unknownKind: never = question;
      throw new Error(`Unknown question kind ${JSON.stringify(unknownKind)}`);
    }
  }
}
