import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languages } from "~/i18n/languages";
import type { LanguageCode } from "~/i18n/languages";

/** Plain links, so choosing a language works without JavaScript. */
export function LanguageSwitcher({ current }: { current: LanguageCode }) {
  const { t } = useTranslation("common");
  const location = useLocation();
  return (
    <nav className="language-switcher" aria-label={t("language.label")}>
      <ul>
        {languages.map((language) => {
          const params = new URLSearchParams(location.search);
          params.set("lng", language.code);
          const isCurrent = language.code === current;
          return (
            <li key={language.code}>
              <a
                href={`${location.pathname}?${params.toString()}`}
                lang={language.code}
                hrefLang={language.code}
                dir={language.dir}
                aria-current={isCurrent ? "true" : undefined}
                className={isCurrent ? "language-switcher__current" : undefined}
              >
                {language.name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
