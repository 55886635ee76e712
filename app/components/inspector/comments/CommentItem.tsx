import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, CheckboxGroup } from "~/components/ui";
import type { CodeReason } from "~/coding/comment-codes";
import type { Audience } from "~/inspections/audiences";
import type { GroupSummary } from "~/coding/near-duplicates.server";
import { CodeWhy } from "./CodeWhy";
import { NearDuplicateNote } from "./NearDuplicateNote";

export interface CommentItemData {
  id: string;
  audience: Audience;
  questionId: string;
  questionKey?: string;
  text: string;
  sentiment: string | null;
  source: "typed" | "spoken";
  concern?: boolean;
  read: boolean;
  codes: { criterion: string; status: "suggested" | "confirmed" | "removed"; why: CodeReason }[];
  /** The near-duplicate group this comment stands for, if any. */
  group?: GroupSummary | null;
}

/** One comment as the team reads it: where it came from, its words, its codes and why, recoding. */
export function CommentItem({
  comment,
  saved,
  criteria,
  inspectionId,
}: {
  comment: CommentItemData;
  inspectionId: string;
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
      <blockquote id={`comment-text-${comment.id}`} className="comment__text" dir="auto">
        {comment.text}
      </blockquote>
      {comment.group ? (
        <NearDuplicateNote
          group={comment.group}
          inspectionId={inspectionId}
          commentId={comment.id}
        />
      ) : null}
      {comment.concern ? (
        <p>
          <a href={`/inspections/${inspectionId}/safeguarding#concern-${comment.id}`}>
            {t("safeguarding.flagged")}
          </a>
        </p>
      ) : null}
      {saved ? <p className="saved-tag">{t("comments.saved")}</p> : null}
      {comment.read ? (
        <p className="caption">{t("comments.read")}</p>
      ) : (
        <Form method="post">
          <input type="hidden" name="commentId" value={comment.id} />
          {/* Every comment has this button: its words tell a screen reader which one. */}
          <Button
            variant="secondary"
            name="intent"
            value="read"
            aria-describedby={`comment-text-${comment.id}`}
          >
            {t("comments.markRead")}
          </Button>
        </Form>
      )}
      <ul className="comment__codes">
        {comment.codes.map((code) => (
          <li key={code.criterion} className={`code code--${code.status}`}>
            <strong>{code.criterion}</strong> {t(`comments.status.${code.status}`)}
            <CodeWhy why={code.why} />
          </li>
        ))}
      </ul>
      <Form method="post" className="comment__recode">
        <input type="hidden" name="intent" value="recode" />
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
