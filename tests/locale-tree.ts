import { resources } from "~locales";
import type { LanguageCode } from "~/i18n/languages";

/*
 * The translation files as the locale tests read them: each language's namespaces as trees,
 * and a tree flattened to `key.path` → text (the `_meta` line left out).
 */

export type Tree = { [key: string]: string | Tree };

export const bundles = resources as unknown as Record<LanguageCode, Record<string, Tree>>;

export function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    key === "_meta"
      ? []
      : typeof value === "object"
        ? flatten(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, value] as [string, string]],
  );
}
