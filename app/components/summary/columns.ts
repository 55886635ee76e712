/** Each summary column's heading, as a translation key of the inspector namespace. */
export const columnKeys = {
  positive: "summary.positive",
  neutral: "summary.neutral",
  negative: "summary.negative",
  dont_know: "summary.dontKnow",
} as const;
