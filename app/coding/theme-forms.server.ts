import type { Database } from "~db/client.server";
import type { CriterionCode } from "~surveys/framework";
import { choiceField, idField, textField } from "~/platform/form-fields";
import { isUuid } from "~/platform/ids";
import {
  addToTheme,
  chooseThemeQuote,
  maxThemeLabel,
  mergeThemes,
  removeFromTheme,
  renameTheme,
} from "./themes.server";
import type { ThemeProblem } from "./themes.server";

export const themeIntents = ["add", "rename", "merge", "quote", "remove"] as const;
export type ThemeIntent = (typeof themeIntents)[number];

/** The field a problem belongs beside, by form: its id on the criterion page. */
export function themeFieldId(intent: ThemeIntent, problem: ThemeProblem, themeId?: string) {
  if (intent === "add") return problem.startsWith("label") ? "theme-label" : "theme-comments";
  return `${intent}-${themeId}`;
}

/**
 * One of the criterion page's theme forms, read and done: give comments a theme, rename,
 * merge, choose a quote, take comments out. Undefined when the form is not one of them (a 400); else what the
 * capability (app/coding/themes.server.ts, which audits) said.
 */
export async function themeFormChange(
  db: Database,
  input: { userId: string; inspectionId: string; criterion: CriterionCode; form: FormData },
) {
  const { form, ...where } = input;
  const intent = choiceField(form, "intent", themeIntents);
  if (!intent) return undefined;
  // Cut well past the limit, so an over-long label is refused as too long, not quietly cut.
  const label = textField(form, "label", maxThemeLabel * 4);
  const commentIds = form.getAll("comment").filter((v): v is string => typeof v === "string");
  if (commentIds.some((id) => !isUuid(id))) return undefined;
  if (intent === "add") {
    const outcome = await addToTheme(db, { ...where, label, commentIds });
    return { intent, label, ...outcome, themeId: outcome.ok ? outcome.themeId : undefined };
  }
  const themeId = idField(form, "themeId");
  if (!themeId) return undefined;
  if (intent === "remove")
    return {
      intent,
      label,
      ...(await removeFromTheme(db, { ...where, themeId, commentIds })),
      themeId,
    };
  const other = idField(form, intent === "merge" ? "into" : "commentId");
  const outcome =
    intent === "rename"
      ? await renameTheme(db, { ...where, themeId, label })
      : !other
        ? ({ ok: false, problem: intent === "merge" ? "sameTheme" : "quoteNotInTheme" } as const)
        : intent === "merge"
          ? await mergeThemes(db, { ...where, themeId, intoId: other })
          : await chooseThemeQuote(db, { ...where, themeId, commentId: other });
  return { intent, label, ...outcome, themeId: intent === "merge" && outcome.ok ? other : themeId };
}
