import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button, TextField } from "~/components/ui";
import { CodeWhy } from "~/components/inspector/comments/CodeWhy";
import { NearDuplicateNote } from "~/components/inspector/comments/NearDuplicateNote";
import type { CommentItemData } from "~/components/inspector/comments/CommentItem";
import { languageName } from "~/i18n/format";
import type { SurveyVersion } from "~surveys/lists";

export interface QueueCommentData extends CommentItemData {
  version: SurveyVersion;
  language: string;
}

/**
 * The comment in front of the reader: where it came from, its words, its codes and why, and
 * what can be done to it, each a plain form (or link); a shortcut key presses the one marked
 * `data-shortcut` (see QueueShortcuts). Focus moves to it when another comment is shown.
 */
export function QueueComment({
  comment,
  inspectionId,
  previous,
  next,
  error,
}: {
  comment: QueueCommentData;
  inspectionId: string;
  previous: string | null;
  next: string | null;
  error?: string;
}) {
  const { t, i18n } = useTranslation(["inspector", "survey-common"]);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(comment.id);
  useEffect(() => {
    if (shown.current !== comment.id) heading.current?.focus();
    shown.current = comment.id;
  }, [comment.id]);
  const suggested = comment.codes.filter((c) => c.status === "suggested");
  const hidden = <input type="hidden" name="commentId" value={comment.id} />;
  return (
    <article className="comment queue" aria-labelledby="queue-question">
      <h2 id="queue-question" ref={heading} tabIndex={-1} className="queue__question">
        {comment.questionKey ? t(comment.questionKey) : comment.questionId}
      </h2>
      <dl className="queue__about">
        <dt>{t("comments.audience")}</dt>
        <dd>{t(`audience.${comment.audience}`)}</dd>
        <dt>{t("summary.by.version")}</dt>
        <dd>{t(`summary.values.${comment.version}`)}</dd>
        <dt>{t("summary.by.language")}</dt>
        <dd>{languageName(comment.language, i18n.language)}</dd>
        <dt>{t("queue.readState")}</dt>
        <dd>{comment.read ? t("comments.read") : t("queue.unread")}</dd>
      </dl>
      <blockquote className="comment__text" dir="auto">
        {comment.text}
      </blockquote>
      {comment.group ? (
        <NearDuplicateNote
          group={comment.group}
          inspectionId={inspectionId}
          commentId={comment.id}
        />
      ) : null}
      {comment.concern ? <p className="panel">{t("safeguarding.flagged")}</p> : null}
      <h3>{t("queue.codes")}</h3>
      {comment.codes.some((c) => c.status !== "removed") ? null : <p>{t("queue.noCodes")}</p>}
      <ul className="comment__codes">
        {comment.codes
          .filter((c) => c.status !== "removed")
          .map((code) => (
            <li key={code.criterion} className={`code code--${code.status}`}>
              <strong>{code.criterion}</strong> {t(`comments.status.${code.status}`)}
              <CodeWhy why={code.why} />
              {code.status === "suggested" ? (
                <Form method="post" className="inline-form">
                  {hidden}
                  <input type="hidden" name="criterion" value={code.criterion} />
                  <Button variant="secondary" name="intent" value="accept">
                    {t("queue.accept", { code: code.criterion })}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
      </ul>
      <div className="queue__actions">
        {suggested.length ? (
          <Form method="post" data-shortcut="a">
            {hidden}
            <Button name="intent" value="acceptAll">
              {t("queue.acceptAll", { number: suggested.length })}
            </Button>
          </Form>
        ) : null}
        {comment.read ? null : (
          <Form method="post" data-shortcut="r">
            {hidden}
            <Button variant="secondary" name="intent" value="read">
              {t("comments.markRead")}
            </Button>
          </Form>
        )}
      </div>
      <Form method="post" className="queue__add" data-shortcut="c">
        {hidden}
        <TextField
          id="queue-code"
          name="code"
          label={t("queue.add")}
          hint={t("queue.addHint")}
          error={error}
          width="medium"
          spellCheck={false}
          autoComplete="off"
        />
        <Button variant="secondary" name="intent" value="add">
          {t("queue.addButton")}
        </Button>
      </Form>
      <nav aria-label={t("queue.moving")} className="queue__nav">
        {previous ? (
          <a href={previous} rel="prev" data-shortcut="k" aria-keyshortcuts="k">
            {t("queue.previous")}
          </a>
        ) : null}{" "}
        {next ? (
          <a href={next} rel="next" data-shortcut="j" aria-keyshortcuts="j">
            {t("queue.next")}
          </a>
        ) : null}
      </nav>
    </article>
  );
}
