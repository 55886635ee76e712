import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, RadioGroup, TextArea } from "~/components/ui";
import { formatDateTime } from "~/i18n/format";
import type { ConcernToRead } from "~/safeguarding/concerns.server";

type Concern = Omit<ConcernToRead, "decidedAt"> & { decidedAt: string | Date | null };

/** One comment that may be a disclosure: its words with the matched ones marked, and a decision. */
export function ConcernItem({
  concern,
  refused,
}: {
  concern: Concern;
  /** The decision just sent for this comment, refused: why, and the note given back. */
  refused?: { field: "decision" | "note"; error: string; note: string };
}) {
  const { t, i18n } = useTranslation(["inspector", "survey-common"]);
  const id = concern.id;
  return (
    <li id={`concern-${id}`} className="comment" tabIndex={-1}>
      <p className="caption">
        {concern.audience
          ? t(`audience.${concern.audience}`)
          : t("safeguarding.fromWebinar", { title: concern.webinarTitle })}{" "}
        · {concern.questionKey ? t(concern.questionKey) : null}
        {concern.source === "spoken" ? ` · ${t("comments.spoken")}` : ""}
      </p>
      <blockquote className="comment__text" dir="auto">
        {concern.pieces.map((piece, index) =>
          piece.matched ? (
            <mark key={index} className="concern-word">
              {piece.text}
            </mark>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
      </blockquote>
      <p>
        {concern.wordsShown
          ? t("safeguarding.matched", {
              words: concern.pieces
                .filter((p) => p.matched)
                .map((p) => p.text)
                .join(", "),
            })
          : t("safeguarding.wordsRedacted")}
      </p>
      {concern.decision && concern.decidedAt ? (
        <p className="saved-tag">
          {t("safeguarding.decided", {
            decision: t(`safeguarding.decision.${concern.decision}`),
            name: concern.decidedBy ?? t("safeguarding.formerMember"),
            when: formatDateTime(concern.decidedAt, i18n.language),
          })}
        </p>
      ) : null}
      {concern.note ? <p className="concern__guidance">{concern.note}</p> : null}
      <Form method="post">
        <input type="hidden" name="intent" value="decide" />
        <input type="hidden" name="commentId" value={id} />
        <RadioGroup
          id={`decision-${id}`}
          name="decision"
          label={t(concern.decision ? "safeguarding.changeLegend" : "safeguarding.decisionLegend")}
          error={refused?.field === "decision" ? refused.error : undefined}
          options={(["referred", "not_a_concern"] as const).map((value) => ({
            value,
            label: t(`safeguarding.decision.${value}`),
          }))}
          defaultValue={concern.decision ?? undefined}
        />
        <TextArea
          id={`note-${id}`}
          name="note"
          label={t("safeguarding.noteLabel")}
          error={refused?.field === "note" ? refused.error : undefined}
          defaultValue={refused?.note ?? concern.note ?? ""}
          rows={3}
        />
        <Button>{t("safeguarding.record")}</Button>
      </Form>
    </li>
  );
}
