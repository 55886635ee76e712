import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import type { LanguageCode } from "~/i18n/languages";
import { helplineFor } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import { readAloudFor } from "./read-aloud.server";
import { offlineCopyHeader } from "~/offline/protocol";
import { takeHelpDue } from "~/responses/drafts.server";
import type { DraftState } from "~/responses/drafts.server";
import type { SurveyVersion } from "~surveys/lists";

/** What the "Do you need to talk to someone now?" panel shows. */
export interface HelpNow {
  helpline: "childline" | "nspcc";
  easy: boolean;
  readAloud?: ReturnType<typeof readAloudFor>;
}

/**
 * The panel a survey page shows first when the own words just saved looked like a disclosure
 * (#19): Childline for children and young people, the NSPCC helpline for adults worried about
 * a child, 999 in an emergency. Shown once: reading it clears the draft's mark, so nothing of
 * it stays with the draft, and the words that raised it were never kept unredacted.
 */
export async function helpNowFor(
  db: Database,
  input: {
    draft: Pick<DraftState, "id" | "helpDue" | "version">;
    audience: Audience;
    t: TFunction;
    language: LanguageCode;
    /** A copy the device keeps for going on offline (#20) is not the page the person sees. */
    request?: Request;
  },
): Promise<HelpNow | undefined> {
  if (input.request?.headers.has(offlineCopyHeader)) return undefined;
  if (!(await takeHelpDue(db, input.draft))) return undefined;
  return helpNowPanel({ ...input, version: input.draft.version });
}

/** The panel's content for an audience and version, in the page's language. */
export function helpNowPanel(input: {
  audience: Audience;
  version: SurveyVersion;
  t: TFunction;
  language: LanguageCode;
}): HelpNow {
  const helpline = helplineFor(input.audience);
  const easy = input.version === "easy";
  const page = helpline === "childline" ? "help-child" : "help-adult";
  return {
    helpline,
    easy,
    readAloud: easy ? readAloudFor(input.t, input.language, page) : undefined,
  };
}
