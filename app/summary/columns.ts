import type { Polarity } from "~surveys/lists";

/** The summary's columns, in order. Shared by the server and the page (so not in a .server file). */
export const polarityColumns = [
  "positive",
  "neutral",
  "negative",
  "dont_know",
] as const satisfies readonly Polarity[];
export type PolarityColumn = (typeof polarityColumns)[number];
