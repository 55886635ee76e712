import { isLanguageCode } from "~/i18n/languages";
import type { LanguageCode } from "~/i18n/languages";
import { isAudience } from "~/inspections/audiences";
import type { Audience } from "~/inspections/audiences";
import { isUuid } from "~/platform/ids";
import { isCriterionCode } from "~surveys/framework";

/**
 * Which comments a page, the reading queue or a bulk action is about (#19). Read from the
 * query string; anything unknown is ignored, as the pages ignore it.
 */
export interface CommentFilter {
  audience?: Audience;
  criterion?: string;
  /** One of the inspection's themes (#18), by id. */
  theme?: string;
  language?: LanguageCode;
  unread?: boolean;
  uncoded?: boolean;
  /** Words to find in the (already redacted) text. */
  search?: string;
  /** One near-duplicate group's comments, each of them (app/coding/near-duplicates.server.ts). */
  group?: string;
}

export const maxSearch = 200;

export function readCommentFilter(query: URLSearchParams): CommentFilter {
  const audience = query.get("audience");
  const criterion = query.get("criterion");
  const language = query.get("language");
  const theme = query.get("theme");
  const search = (query.get("search") ?? "").trim().slice(0, maxSearch);
  const group = query.get("group");
  return {
    audience: isAudience(audience) ? audience : undefined,
    criterion: isCriterionCode(criterion) ? criterion : undefined,
    theme: theme && isUuid(theme) ? theme : undefined,
    language: isLanguageCode(language) ? language : undefined,
    unread: query.getAll("show").includes("unread") || undefined,
    uncoded: query.getAll("show").includes("uncoded") || undefined,
    search: search || undefined,
    group: group && isUuid(group) ? group : undefined,
  };
}

/**
 * The query string that carries a filter from page to page ("" for everything); "unread" and
 * "uncoded" travel as `show=`, as the filter form's checkboxes send them.
 */
export function commentFilterQuery(filter: CommentFilter): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === true) query.append("show", key);
    else if (typeof value === "string" && value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
