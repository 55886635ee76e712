import { useTranslation } from "react-i18next";
import type { ShownCell } from "~/summary/suppression";
import { figureText } from "~/summary/labels";

export interface ThemeShown {
  id: string;
  label: string;
  people: ShownCell;
  quote: { id: string; text: string; audience: string } | null;
}

/**
 * One criterion's themes (#18): each label, how many people's comments carry it ("fewer than
 * N" below the threshold, never the number) and the quote an inspector chose for it.
 */
export function ThemeList({ themes, threshold }: { themes: ThemeShown[]; threshold: number }) {
  const { t } = useTranslation("inspector");
  return (
    <ul className="comment-list themes">
      {themes.map((theme) => (
        <li key={theme.id} className="comment" id={`theme-${theme.id}`}>
          <p>
            <strong>{theme.label}</strong>
            {": "}
            {theme.people.suppressed
              ? figureText(theme.people, threshold, t)
              : t("themes.people", { count: theme.people.count })}
          </p>
          {theme.quote ? (
            <figure className="themes__quote">
              <blockquote className="comment__text" dir="auto">
                {theme.quote.text}
              </blockquote>
              <figcaption className="hint">
                {t("themes.quoteFrom", { audience: t(`audience.${theme.quote.audience}`) })}
              </figcaption>
            </figure>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The overview's themes, under each criterion that has any, each criterion linking to its page. */
export function ThemesByCriterion({
  inspectionId,
  criteria,
  threshold,
}: {
  inspectionId: string;
  criteria: { code: string; title: string; themes: ThemeShown[] }[];
  threshold: number;
}) {
  const { t } = useTranslation("inspector");
  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t("themes.title")}</h2>
      <p>{criteria.length ? t("themes.intro") : t("themes.none")}</p>
      {criteria.map((c) => (
        <div key={c.code}>
          <h3>
            <a href={`/inspections/${inspectionId}/criteria/${c.code}`}>
              <span className="criterion-code">{c.code}</span> {c.title}
            </a>
          </h3>
          <ThemeList themes={c.themes} threshold={threshold} />
        </div>
      ))}
    </section>
  );
}
