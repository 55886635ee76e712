import { readForm } from "~/platform/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SingleFieldForm } from "~/components/SingleFieldForm";
import { getDb } from "~/platform/db.server";
import { pageLanguage } from "~/i18n/i18n.server";
import { findSurveyByShortCode } from "~/inspections/survey-links.server";
import { clearFailedGuesses, countFailedGuess, guessingWait } from "~/platform/guessing.server";
import { passRetryAfter } from "~/platform/retry-after";

export const handle = { i18n: ["survey"] };

/** The short code typed from a poster leads to its survey's start page. */
/** A 429 says when to try again. */
export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await pageLanguage(request, "survey");
  const typed = (await readForm(request)).get("code");
  const code = typeof typed === "string" ? typed.slice(0, 40) : "";
  if (!code.trim()) return data({ error: t("code.required"), code }, { status: 400 });
  // Poster codes are short: wrong ones are counted per client, as resume codes are.
  const client = context?.clientKey ?? "unknown";
  const wait = guessingWait("poster", client);
  if (wait > 0)
    return data(
      { error: t("resume.tooMany"), code },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  const survey = await findSurveyByShortCode(await getDb(), code);
  if (!survey) {
    countFailedGuess("poster", client);
    return data({ error: t("code.notFound"), code }, { status: 400 });
  }
  clearFailedGuesses("poster", client);
  return redirect(`/s/${survey.token}`);
}

/** The poster-code page on its own (the home page has the same form). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await pageLanguage(request, "survey");
  return { title: t("code.title") };
}

export default function Code() {
  const { title } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("survey");
  return (
    <SingleFieldForm
      title={title}
      id="code"
      label={t("code.label")}
      hint={t("code.hint")}
      button={t("code.button")}
      error={result?.error}
      defaultValue={result?.code}
    />
  );
}
