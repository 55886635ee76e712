import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Picture } from "~/components/survey/Picture";
import { ReadAloud } from "~/components/survey/ReadAloud";
import { Button, RadioGroup } from "~/components/plain";
import { startPage, startSurvey } from "~/respond/start.server";
import {
  SchoolSessionField,
  SchoolSessionSent,
  useClearedDevice,
} from "~/components/survey/SchoolSession";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return startPage(request, params.token);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const outcome = await startSurvey(request, params.token);
  if ("errors" in outcome) return data({ errors: outcome.errors }, { status: 400 });
  const headers = new Headers();
  for (const cookie of outcome.setCookies) headers.append("Set-Cookie", cookie);
  return redirect(outcome.redirectTo, { headers });
}

export default function SurveyStart() {
  const page = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? {};
  const { t } = useTranslation(["survey", `survey-${page.audience}`]);
  const child = page.audience === "child";
  useClearedDevice(page.cleared || page.sent);
  const problems = [
    errors.consent ? { fieldId: "consent", message: errors.consent } : null,
    errors.version ? { fieldId: "version", message: errors.version } : null,
  ].filter((p): p is { fieldId: string; message: string } => p !== null);
  const versionChoice = (
    <RadioGroup
      id="version"
      name="version"
      label={t("start.versionLegend")}
      error={errors.version}
      defaultValue={page.defaultVersion}
      appearance={child ? "cards" : "list"}
      options={[
        {
          value: "easy",
          label: t("start.versionEasy"),
          hint: t("start.versionEasyHint"),
          picture: child ? <Picture id="book" /> : undefined,
        },
        {
          value: "standard",
          label: t("start.versionStandard"),
          hint: t("start.versionStandardHint"),
          picture: child ? <Picture id="writing" /> : undefined,
        },
      ].sort((a, b) =>
        a.value === page.defaultVersion ? -1 : b.value === page.defaultVersion ? 1 : 0,
      )}
    />
  );
  return (
    <div className={child ? "easy-read" : undefined}>
      <PageTitle title={page.title} hasErrors={problems.length > 0} />
      <ErrorSummary problems={problems} />
      {page.sent ? <SchoolSessionSent helpline={page.helpline} /> : null}
      {page.cleared ? <p className="panel">{t("start.cleared")}</p> : null}
      <h1 className="page-heading">{page.title}</h1>
      {page.readAloud ? <ReadAloud {...page.readAloud} /> : null}
      {child ? (
        <ul className="easy-list">
          <li>
            <Picture id="people" />
            <span>{t("start.what.child")}</span>
          </li>
          <li>
            <Picture id="listen" />
            <span>{t("start.who.child")}</span>
          </li>
          <li>
            <Picture id="me" />
            <span>{t("start.anonymous.child")}</span>
          </li>
          <li>
            <Picture id="clock" />
            <span>{t("start.timeEasy", { count: page.minutes.easy })}</span>
          </li>
        </ul>
      ) : (
        <>
          <p className="lead">{t(`start.what.${page.audience}`, { area: page.areaName })}</p>
          <p>{t(`start.who.${page.audience}`)}</p>
          <p>{t(`start.anonymous.${page.audience}`)}</p>
          <p>{t("start.time", { count: page.minutes.standard })}</p>
          <p>{t(`start.otherView.${page.audience}`)}</p>
        </>
      )}
      <p>{t("start.closes", { date: page.closes })}</p>
      {page.continueHref ? (
        <p className="panel">
          <a href={page.continueHref}>{t("start.continueDraft")}</a>
        </p>
      ) : null}
      <Form method="post" noValidate>
        <SchoolSessionField school={page.school} />
        {child ? (
          <RadioGroup
            id="consent"
            name="consent"
            label={t("start.consentLegend")}
            hint={t("start.consentHint")}
            error={errors.consent}
            appearance="cards"
            options={[
              { value: "yes", label: t("start.consentYes"), picture: <Picture id="yes" /> },
              { value: "no", label: t("start.consentNo"), picture: <Picture id="no" /> },
            ]}
          />
        ) : null}
        {versionChoice}
        <div className="button-group">
          <Button>{t("start.button")}</Button>
        </div>
      </Form>
      <p>
        <a href="/resume">{t("start.resumeLink")}</a>
      </p>
    </div>
  );
}
