import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PageShown } from "~/platform/paging";
import { withPage } from "~/platform/paging";

/**
 * Which rows of how many a long list shows ("Comments 101 to 200 of 1,234"), and links to the
 * page before and after, keeping the filter in the address. Said before the list, so nobody
 * takes one page for the whole; the links follow it. Nothing to move between: no links.
 */
export function Pagination({ shown, label }: { shown: PageShown; label: string }) {
  const { t } = useTranslation("inspector");
  const { pathname, search } = useLocation();
  if (shown.pages <= 1) return null;
  const link = (page: number) => `${pathname}${withPage(search, page)}`;
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {shown.page > 1 ? (
          <li>
            <a href={link(shown.page - 1)} rel="prev">
              {t("pagination.previous")}
              <span className="visually-hidden">
                {" "}
                {t("pagination.pageOf", { page: shown.page - 1, pages: shown.pages })}
              </span>
            </a>
          </li>
        ) : null}
        <li aria-current="page">
          {t("pagination.pageOf", { page: shown.page, pages: shown.pages })}
        </li>
        {shown.page < shown.pages ? (
          <li>
            <a href={link(shown.page + 1)} rel="next">
              {t("pagination.next")}
              <span className="visually-hidden">
                {" "}
                {t("pagination.pageOf", { page: shown.page + 1, pages: shown.pages })}
              </span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** "Comments 101 to 200 of 1,234", when there is more than one page. */
export function ShownRange({ shown }: { shown: PageShown }) {
  const { t } = useTranslation("inspector");
  if (shown.pages <= 1) return null;
  return <p>{t("comments.range", { from: shown.from, to: shown.to, total: shown.total })}</p>;
}
