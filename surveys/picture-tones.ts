import type { Polarity } from "./schema";

/*
 * What a picture says on its own, for the pictures that answer yes or no: a tick, a cross, a
 * face. A picture not listed here shows a thing (a school, a bus) and says neither. An
 * option's picture must not say the opposite of what the option means (tests/unit/surveys.test.ts).
 */
export type PictureTone = Extract<Polarity, "positive" | "neutral" | "negative">;

export const pictureTones: Readonly<Record<string, PictureTone>> = {
  yes: "positive",
  "face-happy": "positive",
  "face-ok": "neutral",
  "face-sad": "negative",
  no: "negative",
};

/** Whether a picture can stand beside an answer of this polarity. */
export function pictureFits(picture: string, polarity: Polarity): boolean {
  const tone = pictureTones[picture];
  if (!tone) return true;
  switch (polarity) {
    case "positive":
      return tone !== "negative";
    case "negative":
      return tone !== "positive";
    case "neutral":
      return true;
    // "Don't know" and "does not apply" answer neither way: a tick or a cross would.
    case "dont_know":
    case "not_applicable":
      return false;
    default: {
      const unknown: never = polarity;
      throw new Error(`Unknown polarity ${String(unknown)}`);
    }
  }
}
