import type { LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { titleMeta } from "~/components/meta";
import { detectLanguage } from "~/i18n/detect.server";
import { getFixedT } from "~/i18n/i18n.server";

export const meta = titleMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getFixedT(detectLanguage(request));
  return { title: t("home.title"), serviceName: t("service.name") };
}

export default function Home() {
  const { t } = useTranslation("common");
  return (
    <>
      <h1 className="page-heading">{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <p>{t("home.who")}</p>
      <h2>{t("home.howTitle")}</h2>
      <p>{t("home.how")}</p>
      <p>{t("home.anonymous")}</p>
    </>
  );
}
