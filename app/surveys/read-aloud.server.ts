import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TFunction } from "i18next";
import { getSurvey } from "../../surveys";
import { getFixedT } from "../i18n/i18n.server";
import type { LanguageCode } from "../i18n/languages";
import { questionOptions } from "../../surveys/schema";
import type { Question, SurveyDefinition } from "../../surveys/schema";

/*
 * "Read this to me" on easy-read question pages: the words a voice says for one page — the
 * question, its hint, then each answer — and the pre-made audio of them. `npm run build` makes
 * that audio with espeak-ng (surveys/build-audio.ts) into public/audio, named by a hash of the
 * language and the words, so changed words never play stale audio.
 */

export const audioFolder = path.join(process.cwd(), "public", "audio");

/** Languages espeak-ng speaks, with the voice we use for each of ours. */
export const espeakVoices: Record<string, string> = {
  en: "en-gb",
  pl: "pl",
  ro: "ro",
  ur: "ur",
  bn: "bn",
  ar: "ar",
};

const sentence = (text: string) => {
  const trimmed = text.trim();
  return /[.?!؟।]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** What a voice reads on a question page, in the page's language. */
export function readAloudText(
  t: TFunction,
  definition: Pick<SurveyDefinition, "namespace">,
  question: Question,
): string {
  const key = (k: string) => (k.includes(":") ? k : `${definition.namespace}:${k}`);
  return [
    t(key(question.text)),
    ...(question.help ? [t(key(question.help))] : []),
    ...questionOptions(question).map((option) => t(key(option.text))),
  ]
    .map(sentence)
    .join(" ");
}

/** The other easy-read pages a voice reads: the words the page shows that never change. */
export const readAloudPages = {
  "start-child": (t: TFunction) => [
    t("survey:start.title.child"),
    t("survey:start.what.child"),
    t("survey:start.who.child"),
    t("survey:start.anonymous.child"),
    t("survey:start.timeEasy", { minutes: getSurvey("child", "easy").minutes }),
    t("survey:start.consentLegend"),
    t("survey:start.consentHint"),
    t("survey:start.consentYes"),
    t("survey:start.consentNo"),
    t("survey:start.versionLegend"),
    t("survey:start.versionEasy"),
    t("survey:start.versionStandard"),
  ],
  "check-easy": (t: TFunction) => [
    t("survey:check.titleEasy"),
    t("survey:check.easy.intro"),
    t("survey:check.easy.sendTitle"),
    t("survey:check.easy.sendBody"),
  ],
  "done-child": (t: TFunction) => [
    t("survey:done.titleEasy"),
    t("survey:done.sentEasy"),
    t("survey:done.next"),
    t("survey:done.nextEasy"),
    t("survey:done.talkTitle"),
    t("survey:done.childline"),
    t("survey:done.talkBody"),
  ],
} satisfies Record<string, (t: TFunction) => string[]>;

export type ReadAloudPage = keyof typeof readAloudPages;

export function pageReadAloudText(t: TFunction, page: ReadAloudPage): string {
  return readAloudPages[page](t).map(sentence).join(" ");
}

/** What a page's "Read this to me" needs: the words, their language, and any pre-made audio. */
export async function readAloudFor(language: LanguageCode, page: ReadAloudPage) {
  const text = pageReadAloudText(await getFixedT(language), page);
  return { text, lang: language, src: preMadeAudio(language, text) };
}

export function readAloudFile(language: string, text: string): string {
  return `${createHash("sha256").update(`${language}\0${text}`).digest("hex").slice(0, 20)}.ogg`;
}

let made: Set<string> | undefined;

/** The pre-made audio for these words, if the build made it (it needs espeak-ng). */
export function preMadeAudio(language: string, text: string): string | undefined {
  if (!made) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(audioFolder, "manifest.json"), "utf8"));
      made = new Set(manifest.files as string[]);
    } catch {
      made = new Set();
    }
  }
  const file = readAloudFile(language, text);
  return made.has(file) ? `/audio/${file}` : undefined;
}
