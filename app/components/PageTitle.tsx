import { useTranslation } from "react-i18next";

/**
 * The document title for pages with forms: "Error: " first when the page shows errors, as
 * GOV.UK asks. Remix's meta cannot see action data, so the title is rendered here instead;
 * browsers and screen readers take the first <title> in the document.
 */
export function PageTitle({ title, hasErrors = false }: { title: string; hasErrors?: boolean }) {
  const { t } = useTranslation("common");
  return (
    <title>{`${hasErrors ? `${t("error.prefix")} ` : ""}${title} – ${t("service.name")}`}</title>
  );
}
