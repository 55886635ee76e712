import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { auditEntries } from "~/auth/accounts.server";
import { adminContext } from "~/auth/context.server";
import { formatDateTime } from "~/i18n/format";
import { Table } from "~/components/ui";

const pageSize = 100;

/** Who did what, when: sign-ins, views of comments, exports, recodes, changes. Newest first. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, language, t } = await adminContext(request);
  const pageNumber = Math.max(
    1,
    Math.min(1000, Number(new URL(request.url).searchParams.get("page")) || 1),
  );
  const rows = await auditEntries(db, pageSize + 1, (pageNumber - 1) * pageSize);
  return {
    title: t("audit.title"),
    pageNumber,
    more: rows.length > pageSize,
    entries: rows.slice(0, pageSize).map((row) => ({
      id: row.id,
      at: formatDateTime(row.at, language),
      action: row.action,
      who: row.who ? `${row.who} (${row.whoEmail})` : t("audit.nobody"),
      area: row.area ?? "",
      // Details are ids, counts and before/after codes: never free text from people.
      detail: Object.entries(row.detail)
        .map(
          ([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
        )
        .join("; "),
    })),
  };
}

export default function AuditLog() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspector");
  return (
    <>
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <p>{t("audit.intro")}</p>
      <Table
        label={page.title}
        captionId="audit-caption"
        columns={[
          t("audit.when"),
          t("audit.who"),
          t("audit.what"),
          t("audit.inspection"),
          t("audit.detail"),
        ]}
      >
        {page.entries.map((entry) => (
          <tr key={entry.id}>
            <td>{entry.at}</td>
            <td className="break">{entry.who}</td>
            <td>{entry.action}</td>
            <td>{entry.area}</td>
            <td className="break">{entry.detail}</td>
          </tr>
        ))}
      </Table>
      <nav aria-label={t("audit.pages")} className="button-group">
        {page.pageNumber > 1 ? (
          <a href={`?page=${page.pageNumber - 1}`}>{t("audit.newer")}</a>
        ) : null}
        {page.more ? <a href={`?page=${page.pageNumber + 1}`}>{t("audit.older")}</a> : null}
      </nav>
    </>
  );
}
