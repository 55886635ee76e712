import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "./LanguageSwitcher";
import type { LanguageCode } from "~/i18n/languages";

/**
 * Skip link, header, exactly one `main`, footer. Inspector pages put their navigation
 * between the header and `main`, so "Skip to main content" passes it, and their footer
 * leaves out the respondents' privacy promise, which is not about them.
 */
export function PageLayout({
  language,
  children,
  width = "narrow",
  nav,
  forInspectors = false,
  demo = false,
}: {
  language: LanguageCode;
  children: ReactNode;
  width?: "narrow" | "wide";
  nav?: ReactNode;
  forInspectors?: boolean;
  /** A demo with made-up data (DEMO=1): said at the top of every page. */
  demo?: boolean;
}) {
  const { t } = useTranslation("common");
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t("skipLink")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-header__name" href="/">
            {t("service.name")}
          </a>
          <LanguageSwitcher current={language} />
        </div>
      </header>
      {demo ? (
        <div className="demo-banner">
          <p>
            <strong>{t("demo.banner")}</strong>
          </p>
        </div>
      ) : null}
      {nav}
      <main id="main-content" tabIndex={-1} className={`page page--${width}`}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          {forInspectors ? null : <p>{t("footer.privacy")}</p>}
          <p>{t("footer.credit")}</p>
          <p>
            <a href="https://openmoji.org">{t("footer.pictures")}</a>
          </p>
          <p>
            <a href="/sign-in">{t("footer.inspectors")}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
