import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";

/**
 * What everyone sees after signing up, whether or not the address already had a place: the
 * email says which. It says the email was sent only when a mail service really sends it.
 */
export function CheckEmail({
  email,
  emailSent,
  listHref,
}: {
  email: string;
  emailSent: boolean;
  listHref: string;
}) {
  const { t } = useTranslation("webinars");
  return (
    <>
      <PageTitle title={t("checkEmail.title")} />
      <h1 className="page-heading">{t("checkEmail.title")}</h1>
      <p className={emailSent ? "lead break" : "panel break"}>
        {t(emailSent ? "checkEmail.sent" : "checkEmail.notSent", { email })}
      </p>
      <p>{t("checkEmail.next")}</p>
      <p>{t("checkEmail.already")}</p>
      {emailSent ? <p>{t("checkEmail.spam")}</p> : null}
      <p>
        <a href={listHref}>{t("booking.more")}</a>
      </p>
    </>
  );
}
