import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, CheckboxGroup } from "~/components/ui";
import type { CodeReason } from "~/coding/comment-codes";
import type { Audience } from "~/inspections/audiences";
import { CodeWhy } from "./CodeWhy";

export interface CommentItemData {
  id: string;
  audience: Audience;
  questionId: string;
  questionKey?: string;
  text: string;
  sentiment: string | null;
  source: "typed" | "spoken";
  codes: { criterion: string; status: "suggested" | "confirmed" | "removed"; why: CodeReason }[];
}

/** One comment as the team reads it: where it came from, its words, its codes and why, recoding. */
export function CommentItem({
  comment,
  saved,
  criteria,
}: {
  comment: CommentItemData;
  /** Just saved (with JavaScript): says so at the comment. */
  saved: boolean;
  criteria: { value: string; label: string }[];
}) {
  const { t } = useTranslation(["inspector", "survey-common"]);
  const active = comment.codes.filter((c) => c.status !== "removed");
  return (
    <li id={`comment-${comment.id}`} className="comment" tabIndex={-1}>
      <p className="caption">
        {t(`audience.${comment.audience}`)} ·{" "}
        {comment.questionKey ? t(comment.questionKey) : comment.questionId}
        {comment.sentiment ? ` · ${t(`comments.sentiment.${comment.sentiment}`)}` : ""}
        {comment.source === "spoken" ? ` · ${t("comments.spoken")}` : ""}
      </p>
      <blockquote className="comment__text" dir="auto">
        {comment.text}
      </blockquote>
      {saved ? <p className="saved-tag">{t("comments.saved")}</p> : null}
      <ul className="comment__codes">
        {comment.codes.map((code) => (
          <li key={code.criterion} className={`code code--${code.status}`}>
            <strong>{code.criterion}</strong> {t(`comments.status.${code.status}`)}
            <CodeWhy why={code.why} />
          </li>
        ))}
      </ul>
      <Form method="post" className="comment__recode">
        <input type="hidden" name="commentId" value={comment.id} />
        <details>
          <summary>{t("comments.recode")}</summary>
          <CheckboxGroup
            id={`codes-${comment.id}`}
            name="criteria"
            label={t("comments.codesLabel")}
            options={criteria}
            defaultValue={active.map((c) => c.criterion)}
          />
          <Button variant="secondary">{t("comments.save")}</Button>
        </details>
      </Form>
    </li>
  );
}
