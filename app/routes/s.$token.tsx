import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, isRouteErrorResponse, useLocation, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/i18n/format";
import { HelpNowPanel } from "~/components/survey/HelpNowPanel";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { Button } from "~/components/plain";
import { PageTitle } from "~/components/PageTitle";
import { RegisterProvider, registerOf } from "~/i18n/register";
import { loadSurvey } from "~/respond/page.server";
import type { DraftGone } from "~/respond/page.server";

/** Every page of one survey link. Closed surveys and unknown links end up in the boundary below. */
export const handle = {
  // The link's own audience's words only (as surveyNamespaces): never the other two audiences'.
  i18n: (data: { audience?: string } | undefined) => [
    "survey",
    "survey-common",
    ...(data?.audience ? [`survey-${data.audience}`] : []),
  ],
  // Every page of a child's link, in a child's register (app/i18n/register.tsx).
  register: (data: { audience?: string } | undefined) => registerOf(data?.audience),
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, language } = await loadSurvey(request, params.token);
  return { audience: survey.audience, language };
}

export default function SurveyLayout() {
  const { t } = useTranslation("common");
  const location = useLocation();
  // A plain link, so larger text or high contrast can be chosen without JavaScript.
  const displayHref = `/display?${new URLSearchParams({ return: `${location.pathname}${location.search}` })}`;
  return (
    <>
      <p className="display-options-link">
        <a href={displayHref}>{t("display.link")}</a>
      </p>
      <Outlet />
    </>
  );
}

/**
 * When this layout's own loader failed (a closed link), the root layout cannot know whose link
 * it was; the error says, and the page is in that audience's register.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const audience = isRouteErrorResponse(error) ? error.data?.audience : undefined;
  return (
    <RegisterProvider register={registerOf(audience)}>
      <SurveyError error={error} />
    </RegisterProvider>
  );
}

function SurveyError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation(["survey", "common"]);
  const late = new URLSearchParams(useLocation().search).has("late");
  if (
    isRouteErrorResponse(error) &&
    (error.status === 410 || error.status === 403) &&
    error.data?.state
  ) {
    const easy = error.data.audience === "child";
    const closed = error.data.state === "closed";
    const title = closed ? t(easy ? "closed.titleEasy" : "closed.title") : t("closed.notOpen");
    return (
      <div className={easy ? "easy-read" : undefined}>
        <PageTitle title={title} />
        <h1 className="page-heading">{title}</h1>
        {error.data.readAloud ? <ReadAloud {...error.data.readAloud} /> : null}
        {closed ? (
          <p>
            {easy
              ? t("closed.bodyEasy")
              : t("closed.body", { date: formatDateTime(error.data.closesAt, i18n.language) })}
          </p>
        ) : null}
        {/* Answers sent when the connection came back, after the survey had closed (#20). */}
        {closed && late ? <p>{t(easy ? "closed.lateEasy" : "closed.late")}</p> : null}
      </div>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 409 && error.data?.draftGone) {
    return <DraftGonePage gone={error.data as DraftGone} />;
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <PageTitle title={t("common:notFound.title")} />
        <h1 className="page-heading">{t("common:notFound.title")}</h1>
        <p>{t("common:notFound.survey")}</p>
        <p>
          <a href="/">{t("common:notFound.home")}</a>
        </p>
      </>
    );
  }
  throw error;
}

/**
 * Answers sent from a page whose draft has gone: say so, give back the words just typed, and
 * start again with them carried into the new draft (routes/s.$token._index.tsx).
 */
function DraftGonePage({ gone }: { gone: DraftGone }) {
  const { t } = useTranslation(["survey", "common"]);
  const location = useLocation();
  const token = location.pathname.split("/")[2] ?? "";
  const { version, questionId, typedText } = gone.draftGone;
  const easy = version === "easy";
  const title = t(easy ? "gone.titleEasy" : "gone.title");
  return (
    <div className={easy ? "easy-read" : undefined}>
      <PageTitle title={title} />
      {gone.helpNow ? <HelpNowPanel {...gone.helpNow} carryOn={false} /> : null}
      <h1 className="page-heading">{title}</h1>
      {gone.readAloud ? <ReadAloud {...gone.readAloud} /> : null}
      <p>{t(easy ? "gone.bodyEasy" : "gone.body")}</p>
      {typedText ? (
        <>
          <h2>{t("gone.typed")}</h2>
          <p className="kept__text">{typedText}</p>
          <p>{t(easy ? "gone.carryEasy" : "gone.carry")}</p>
        </>
      ) : null}
      <form method="post" action={`/s/${token}?index`}>
        <input type="hidden" name="version" value={version} />
        {gone.audience === "child" ? <input type="hidden" name="consent" value="yes" /> : null}
        {typedText && questionId ? (
          <>
            <input type="hidden" name="carryQuestion" value={questionId} />
            <input type="hidden" name="carryText" value={typedText} />
          </>
        ) : null}
        <Button>{t("gone.start")}</Button>
      </form>
    </div>
  );
}
