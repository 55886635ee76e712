import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/ui";
import { sentence, voiceText } from "~/summary/voices";
import type { Voice, Voices as VoicesData, VoicesRow } from "~/summary/voices";
import { audiences } from "~surveys/lists";

const positiveFill = "#00703c";
const negativeFill = "#d4351c";

/**
 * The three voices side by side (#18): where children and young people, parents and carers,
 * and practitioners differ, in plain sentences, most worrying first; then one row per
 * criterion (sub-points in a table of their own below), each audience's positive and negative
 * shares with their 95% interval and a diverging bar. The bars are pictures of the figures in
 * the same cell, so assistive technology skips them; the table is the chart's data.
 */
export function Voices({
  voices,
  titles,
  subPointTexts,
  inspectionId,
}: {
  voices: VoicesData;
  titles: Record<string, string>;
  subPointTexts: Record<string, string>;
  /** Where given, each criterion links to its own page (its voices and themes). */
  inspectionId?: string;
}) {
  const { t } = useTranslation("inspector");
  const subPoints = voices.rows.flatMap((row) => row.subPoints);
  if (!voices.rows.length)
    return (
      <section aria-labelledby="voices-heading" className="voices">
        <h2 id="voices-heading">{t("voices.title")}</h2>
        <p>{t("voices.empty")}</p>
      </section>
    );
  return (
    <section aria-labelledby="voices-heading" className="voices">
      <h2 id="voices-heading">{t("voices.title")}</h2>
      <p>{t("voices.intro")}</p>
      <p className="hint">{t("voices.scales")}</p>
      <h3 id="differ-heading">{t("voices.differ.title")}</h3>
      {voices.differences.length ? (
        <ol className="voices__differences" aria-labelledby="differ-heading">
          {voices.differences.map((d) => (
            <li key={`${d.code}-${d.lower}-${d.higher}`}>
              <a href={`#voices-${d.code}`}>{sentence(d, t)}</a>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("voices.differ.none")}</p>
      )}
      <BarKey />
      <VoicesTable
        rows={voices.rows}
        caption={t("voices.caption")}
        label={(code) => titles[code] ?? ""}
        href={inspectionId ? (code) => `/inspections/${inspectionId}/criteria/${code}` : undefined}
      />
      {subPoints.length ? (
        <details className="voices__sub-points">
          <summary>{t("voices.subPoints", { count: subPoints.length })}</summary>
          <VoicesTable
            rows={subPoints}
            caption={t("voices.subPointsCaption")}
            label={(code) => subPointTexts[code] ?? ""}
          />
        </details>
      ) : null}
    </section>
  );
}

export function VoicesTable({
  rows,
  caption,
  label,
  href,
}: {
  rows: VoicesRow[];
  caption: string;
  label: (code: string) => string;
  href?: (code: string) => string;
}) {
  const { t } = useTranslation("inspector");
  return (
    <TableScroll label={caption}>
      <table className="table table--voices">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("summary.criterion")}</th>
            {audiences.map((a) => (
              <th scope="col" key={a}>
                {t(`audience.${a}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} id={`voices-${row.code}`}>
              <th scope="row">
                {href ? (
                  <a href={href(row.code)}>
                    <span className="criterion-code">{row.code}</span> {label(row.code)}
                  </a>
                ) : (
                  <>
                    <span className="criterion-code">{row.code}</span> {label(row.code)}
                  </>
                )}
                {row.differences.length ? (
                  <strong className="tag tag--differ">{t("voices.differs")}</strong>
                ) : null}
              </th>
              {audiences.map((a) => (
                <td key={a}>
                  <VoiceCell voice={row.voices[a]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function VoiceCell({ voice }: { voice: Voice }) {
  const { t } = useTranslation("inspector");
  if (!voice.shown) return <span className="hint">{voiceText(voice, t)[0]}</span>;
  const [positive, negative, answers] = voiceText(voice, t);
  return (
    <>
      <DivergingBar positive={voice.positive.share ?? 0} negative={voice.negative.share ?? 0} />
      <span className="voices__shares">{positive}</span>
      <br />
      <span className="voices__shares">{negative}</span>
      <br />
      <span className="hint">{answers}</span>
    </>
  );
}

/** Negative to the left of the middle line, positive to the right; a picture of the cell's words. */
function DivergingBar({ positive, negative }: { positive: number; negative: number }) {
  return (
    <svg
      className="diverging-bar"
      viewBox="0 0 200 8"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect x={100 - negative * 100} y={0} width={negative * 100} height={8} fill={negativeFill} />
      <rect x={100} y={0} width={positive * 100} height={8} fill={positiveFill} />
      <line x1={100} x2={100} y1={0} y2={8} stroke="#0b0c0c" strokeWidth={1} />
    </svg>
  );
}

function BarKey() {
  const { t } = useTranslation("inspector");
  const swatch = (fill: string) => (
    <svg className="bar-key__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect x={0.5} y={0.5} width={9} height={9} fill={fill} stroke="#0b0c0c" strokeWidth={1} />
    </svg>
  );
  return (
    <div className="bar-key">
      <p className="bar-key__title">{t("summary.key")}</p>
      <ul className="bar-key__items">
        <li>
          {swatch(negativeFill)} {t("voices.key.negative")}
        </li>
        <li>
          {swatch(positiveFill)} {t("voices.key.positive")}
        </li>
      </ul>
    </div>
  );
}
