import type { TFunction } from "i18next";
import { formatDateTime } from "~/i18n/format";
import { londonDay } from "~/platform/time";

/*
 * Every download says which inspection it is about and when it was made (issue #25), on its
 * first lines and in its file name, so a folder of exports, or a printed one, is never a
 * puzzle: `send-voice-oakshire-summary-2026-12-05.csv`.
 */

/** A name made safe for a file name: "Bath & North East Somerset" → "bath-north-east-somerset". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "inspection";
}

/** `send-voice-<area>-<what>-<YYYY-MM-DD>.<ext>`, with the day it was made in London. */
export function downloadName(area: string, what: string, made: Date, extension = "csv"): string {
  return `send-voice-${fileSlug(area)}-${what}-${londonDay(made)}.${extension}`;
}

/** A Content-Disposition that downloads under that name (ASCII already, so no filename*). */
export function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`;
}

/**
 * The first rows of a CSV download: what it is and for which inspection, and when it was
 * made (UK time), then an empty row before the table.
 */
export function madeRows(
  t: TFunction,
  language: string,
  about: { what: string; area: string; made: Date },
): string[][] {
  return [
    [t("export.about", { what: about.what, area: about.area })],
    [t("export.made", { when: formatDateTime(about.made, language) })],
    [],
  ];
}
