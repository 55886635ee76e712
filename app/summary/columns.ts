/** The summary's columns, in order. Shared by the server and the page (so not in a .server file). */
export const polarityColumns = ["positive", "neutral", "negative", "dont_know"] as const;
export type PolarityColumn = (typeof polarityColumns)[number];
