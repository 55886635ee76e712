import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { CodeReason } from "~/coding/comment-codes";

/**
 * Why a code was suggested, in the inspector's language; the matched words as the comment
 * wrote them, each isolated so Urdu or Arabic words keep their order on a left-to-right page.
 */
export function CodeWhy({ why }: { why: CodeReason }) {
  const { t } = useTranslation("inspector");
  const parts = [
    ...(why.asked ? [t("comments.reason.asked")] : []),
    ...(why.words.length
      ? [
          <Fragment key="words">
            {t("comments.reason.words")}{" "}
            {why.words.map((word, index) => (
              <Fragment key={index}>
                {index ? ", " : ""}
                <bdi>{word}</bdi>
              </Fragment>
            ))}
          </Fragment>,
        ]
      : []),
    ...(why.addedByInspector ? [t("comments.reason.added")] : []),
    ...why.other.map((part) => <bdi key={part}>{part}</bdi>),
  ];
  if (!parts.length) return null;
  return (
    <span className="hint">
      {" ("}
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index ? "; " : ""}
          {part}
        </Fragment>
      ))}
      )
    </span>
  );
}
