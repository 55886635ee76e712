import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/PageTitle";
import { Button, CheckboxGroup } from "~/components/plain";
import {
  chosenDisplayOptions,
  displayCookie,
  displayOptions,
  readDisplayOptions,
  safeReturnPath,
} from "~/display/display-options.server";
import { pageLanguage } from "~/i18n/i18n.server";
import { registerOf } from "~/i18n/register";
import type { Register } from "~/i18n/register";
import { getDb } from "~/platform/db.server";
import { findSurveyByToken } from "~/inspections/survey-links.server";
import { readForm } from "~/platform/forms.server";
import { readAloudFor } from "~/respond/read-aloud.server";
import { ReadAloud } from "~/components/survey/ReadAloud";

/*
 * Display options: larger text, high contrast, more spacing. A plain form, so it works
 * without JavaScript; the choice lasts for this visit and applies on every page (root.tsx).
 */
export const handle = {
  // Reached from a child's survey, the page speaks as that survey does.
  register: (data: { register?: Register } | undefined) => data?.register,
};

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safeReturnPath(new URL(request.url).searchParams.get("return"));
  const register = registerOf(await returnAudience(returnTo));
  const { language, t } = await pageLanguage(request, "common", register);
  return {
    title: t("display.title"),
    readAloud: readAloudFor(t, language, "display"),
    options: [...displayOptions],
    chosen: readDisplayOptions(request),
    returnTo,
    register,
  };
}

/** Whose survey the page to go back to belongs to, when it is a survey page. */
async function returnAudience(returnTo: string) {
  const token = /^\/s\/([^/?#]+)/.exec(returnTo)?.[1];
  if (!token) return undefined;
  return (await findSurveyByToken(await getDb(), token))?.audience;
}

/** Saves the choice and goes back to the page the person came from (on this site only). */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  return redirect(safeReturnPath(form.get("return")), {
    headers: { "Set-Cookie": displayCookie(chosenDisplayOptions(form)) },
  });
}

const optionText = {
  "larger-text": { label: "display.largerText", hint: "display.largerTextHint" },
  "high-contrast": { label: "display.highContrast", hint: "display.highContrastHint" },
  "more-spacing": { label: "display.moreSpacing", hint: "display.moreSpacingHint" },
} as const;

export default function DisplayOptions() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("common");
  return (
    <div className="easy-read">
      <PageTitle title={page.title} />
      <h1 className="page-heading">{page.title}</h1>
      <ReadAloud {...page.readAloud} />
      <p>{t("display.intro")}</p>
      <Form method="post" action="/display">
        <input type="hidden" name="return" value={page.returnTo} />
        <CheckboxGroup
          id="option"
          name="option"
          label={t("display.legend")}
          defaultValue={page.chosen}
          options={page.options.map((option) => ({
            value: option,
            label: t(optionText[option].label),
            hint: t(optionText[option].hint),
          }))}
        />
        <div className="button-group">
          <Button>{t("display.save")}</Button>
        </div>
      </Form>
      <p>
        <a href={page.returnTo}>{t("display.back")}</a>
      </p>
    </div>
  );
}
