import type { TFunction } from "i18next";
import type { AccessNeeds } from "~db/schema";

/* Shared by the sign-up form (in the browser too) and the server. */
export const needOptions = ["bsl", "captions", "interpreter", "breaks"] as const;
export const roleOptions = ["parent", "forum", "other"] as const;

/** A person's access needs in words (webinars namespace), with the interpreter's language. */
export function needsText(needs: AccessNeeds, t: TFunction): string[] {
  const lines = needOptions
    .filter((need) => needs[need])
    .map((need) =>
      need === "interpreter" && needs.interpreterLanguage
        ? `${t(`signUp.needsOptions.${need}`)}: ${needs.interpreterLanguage}`
        : t(`signUp.needsOptions.${need}`),
    );
  if (needs.other) lines.push(needs.other);
  return lines;
}
