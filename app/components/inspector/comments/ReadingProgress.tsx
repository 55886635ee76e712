import { useTranslation } from "react-i18next";
import type { ReadingProgress as Progress } from "~/coding/read-state.server";
import { formatNumber } from "~/i18n/format";

/** "1,204 comments, 412 read, 38 with no code": how far the team has got (#19). */
export function ReadingProgress({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation("inspector");
  const written = (n: number) => formatNumber(n, i18n.language);
  return (
    <>
      <p>
        {t("comments.progress", {
          count: progress.comments,
          comments: written(progress.comments),
          read: written(progress.read),
          uncoded: written(progress.uncoded),
        })}
      </p>
      {/* One campaign's template must not read as many voices (#19). */}
      {progress.groups ? (
        <p>
          {t("nearDuplicates.summary", {
            count: progress.groups,
            grouped: written(progress.grouped),
          })}
        </p>
      ) : null}
    </>
  );
}
