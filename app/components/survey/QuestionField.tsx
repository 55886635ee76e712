import { useTranslation } from "react-i18next";
import { CheckboxGroup, RadioGroup, TextArea } from "~/components/plain";
import type { ChoiceOption } from "~/components/plain";
import type { DraftAnswer } from "~surveys/answers";
import { questionOptions } from "~surveys/options";
import type { Question, SurveyDefinition } from "~surveys/schema";
import { Picture } from "./Picture";

export const answerFieldId = "answer";

/** One question as the page's heading, with its answers; each kind renders itself here. */
export function QuestionField({
  definition,
  question,
  answer,
  error,
  typedText,
}: {
  definition: Pick<SurveyDefinition, "namespace" | "version">;
  question: Question;
  answer?: DraftAnswer;
  error?: string;
  /** Text sent back after a refused answer, so nothing typed is lost. */
  typedText?: string;
}) {
  const { t } = useTranslation([definition.namespace, "survey-common", "survey"]);
  const easy = definition.version === "easy";
  const label = (
    <span className="question-heading">
      {easy ? <Picture id={question.picture} size="large" /> : null}
      <span>{t(question.text)}</span>
    </span>
  );
  const hint = question.help ? t(question.help) : undefined;
  const options: ChoiceOption[] = questionOptions(question).map((option) => ({
    value: option.value,
    label: t(option.text),
    picture: easy && option.picture ? <Picture id={option.picture} /> : undefined,
  }));
  const appearance = easy ? "cards" : "list";

  switch (question.kind) {
    case "scale":
    case "single":
      return (
        <RadioGroup
          id={answerFieldId}
          name="answer"
          label={label}
          hint={hint}
          error={error}
          options={options}
          labelAsHeading
          appearance={appearance}
          defaultValue={answer && "value" in answer ? answer.value : undefined}
        />
      );
    case "multiple":
      return (
        <CheckboxGroup
          id={answerFieldId}
          name="answer"
          label={label}
          hint={easy ? hint : [hint, t("survey:question.choose")].filter(Boolean).join(" ")}
          error={error}
          options={options}
          labelAsHeading
          appearance={appearance}
          defaultValue={answer && "values" in answer ? answer.values : undefined}
        />
      );
    case "text":
      return (
        <TextArea
          id={answerFieldId}
          name="answer"
          label={label}
          hint={[
            hint,
            t(easy ? "survey:question.ownWordsHintEasy" : "survey:question.ownWordsHint"),
          ]
            .filter(Boolean)
            .join(" ")}
          error={error}
          labelAsHeading
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
