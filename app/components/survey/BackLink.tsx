import { useTranslation } from "react-i18next";

export function BackLink({ href }: { href: string }) {
  const { t } = useTranslation("survey");
  return (
    <a className="back-link" href={href}>
      {t("question.back")}
    </a>
  );
}
