import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TFunction, TOptions } from "i18next";
import { getSurvey } from "~surveys";
import type { LanguageCode } from "~/i18n/languages";
import { questionOptions } from "~surveys/schema";
import type { Question, SurveyDefinition } from "~surveys/schema";
import { surveyTextKey } from "~surveys/text-key";

/*
 * "Read this to me" on easy-read question pages: the words a voice says for one page — the
 * question, its hint, then each answer — and the pre-made audio of them. `npm run build` makes
 * that audio with espeak-ng (scripts/build-audio.ts) into public/audio, named by a hash of the
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

/** Each piece ends as a sentence, with its own script's marks (Urdu ۔, Bengali ।, Arabic ؟). */
const sentence = (text: string) => {
  const trimmed = text.trim().replace(/[:：]$/, "");
  return /[.?!؟।۔]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** What a voice reads on a question page, in the page's language. */
export function readAloudText(
  t: TFunction,
  definition: Pick<SurveyDefinition, "namespace">,
  question: Question,
): string {
  const key = (k: string) => surveyTextKey(definition, k);
  return [
    t(key(question.text)),
    ...(question.help ? [t(key(question.help))] : []),
    ...questionOptions(question).map((option) => t(key(option.text))),
  ]
    .map(sentence)
    .join(" ");
}

/** A resume code said one character at a time, in its three groups: "K F M T. 7 Q X Z. 3 P". */
const spelled = (code: string) =>
  code
    .split("-")
    .map((group) => group.split("").join(" "))
    .join(". ");

/**
 * What changes from person to person on a page (a resume code, a date). The device's voice
 * says it; pre-made audio cannot, so it reads the rest of the page.
 */
export type Particulars = { code: string; date: string; address: string };

/**
 * The other easy-read pages a voice reads: the words the page shows. Pre-made audio is made
 * without particulars; the device's voice is given them.
 */
const pageWords = {
  "start-child": (t: TFunction) => [
    t("survey:start.title.child"),
    t("survey:start.what.child"),
    t("survey:start.who.child"),
    t("survey:start.anonymous.child"),
    t("survey:start.timeEasy", { count: getSurvey("child", "easy").minutes }),
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
  // Where to get help now, after own words that may be a disclosure (#19).
  "help-child": (t: TFunction) => [
    t("survey:done.talkTitle"),
    t("survey:helpNow.intro"),
    t("survey:done.childline"),
    t("survey:helpNow.emergency"),
    t("survey:done.talkBody"),
  ],
  "help-adult": (t: TFunction) => [
    t("survey:done.talkTitle"),
    t("survey:helpNow.intro"),
    t("survey:done.nspcc"),
    t("survey:helpNow.emergency"),
    t("survey:done.talkBody"),
  ],
  "saved-easy": (t: TFunction, particulars?: Particulars) => [
    t("survey:saved.title"),
    ...(particulars ? [`${t("survey:saved.code")} ${spelled(particulars.code)}`] : []),
    t("survey:saved.easy.howTo"),
    // The address belongs to this deployment, so only the device's voice can say it.
    ...(particulars ? [particulars.address.replace(/^https?:\/\//, "")] : []),
    t("survey:saved.easy.anyDevice"),
    ...(particulars ? [t("survey:saved.easy.until", { date: particulars.date })] : []),
    t("survey:saved.easy.writeDown"),
    t("survey:saved.easy.continue"),
  ],
  "no-thanks": (t: TFunction) => [
    t("survey:noThanks.title"),
    t("survey:noThanks.body"),
    t("survey:noThanks.again"),
  ],
  "closed-easy": (t: TFunction) => [t("survey:closed.titleEasy"), t("survey:closed.bodyEasy")],
  "gone-easy": (t: TFunction) => [
    t("survey:gone.titleEasy"),
    t("survey:gone.bodyEasy"),
    t("survey:gone.start"),
  ],
  "not-open": (t: TFunction) => [t("survey:closed.notOpen")],
  display: (t: TFunction) => [
    t("common:display.title"),
    t("common:display.intro"),
    t("common:display.legend"),
    ...(["largerText", "highContrast", "moreSpacing"] as const).flatMap((option) => [
      t(`common:display.${option}`),
      t(`common:display.${option}Hint`),
    ]),
    t("common:display.save"),
    t("common:display.back"),
  ],
} satisfies Record<string, PageWords>;

type PageWords = (t: TFunction, particulars?: Particulars) => string[];

export type ReadAloudPage = keyof typeof pageWords;

/** Pages only a child is shown (a link's start, done, "no thanks" and closed pages). */
const childOnlyPages: ReadAloudPage[] = [
  "start-child",
  "help-child",
  "done-child",
  "no-thanks",
  "closed-easy",
  "not-open",
];

/** The same words in a child's register: each key's `_child` variant where there is one. */
const inChildRegister =
  (words: PageWords): PageWords =>
  (t, particulars) =>
    words(
      ((key: string, options?: TOptions) => t(key, { context: "child", ...options })) as TFunction,
      particulars,
    );

/**
 * Every page's words as whoever is shown it hears them (app/i18n/register.tsx): a child's pages
 * in a child's register, and the easy-read pages everyone may read twice, as adults read them
 * and as a child does (`check-easy:child`). The build makes audio of every entry here
 * (scripts/build-audio.ts); at run time a child's t finds the child's words itself, and audio
 * is found by its words, so a child hears their own.
 */
export const readAloudPages: Record<string, PageWords> = Object.fromEntries(
  (Object.entries(pageWords) as [ReadAloudPage, PageWords][]).flatMap(([page, words]) =>
    childOnlyPages.includes(page)
      ? [[page, inChildRegister(words)]]
      : [
          [page, words],
          [`${page}:child`, inChildRegister(words)],
        ],
  ),
);

export function pageReadAloudText(
  t: TFunction,
  page: ReadAloudPage,
  particulars?: Particulars,
): string {
  return readAloudPages[page]!(t, particulars).map(sentence).join(" ");
}

/** A pre-made copy of some words: Ogg Opus (small) first, MP3 for Apple devices. */
export type AudioSource = { src: string; type: string };

/** What "Read this to me" needs: what the device's voice says, its language, any pre-made audio. */
export type ReadAloudProps = { text: string; lang: string; sources: AudioSource[] };

/** The read-aloud for one of the pages above, in the page's language. */
export function readAloudFor(
  t: TFunction,
  language: LanguageCode,
  page: ReadAloudPage,
  particulars?: Particulars,
): ReadAloudProps {
  const premade = pageReadAloudText(t, page);
  return {
    text: particulars ? pageReadAloudText(t, page, particulars) : premade,
    lang: language,
    sources: preMadeAudio(language, premade),
  };
}

/** The read-aloud for one question page. */
export function questionReadAloud(
  t: TFunction,
  language: LanguageCode,
  definition: Pick<SurveyDefinition, "namespace">,
  question: Question,
): ReadAloudProps {
  const text = readAloudText(t, definition, question);
  return { text, lang: language, sources: preMadeAudio(language, text) };
}

/** The file name, without its extension, of the pre-made audio of these words. */
export function readAloudName(language: string, text: string): string {
  return createHash("sha256").update(`${language}\0${text}`).digest("hex").slice(0, 20);
}

/** The formats the build makes, in the order a browser should try them. */
export const audioFormats = [
  { extension: "ogg", type: "audio/ogg; codecs=opus" },
  { extension: "mp3", type: "audio/mpeg" },
] as const;

let made: Set<string> | undefined;

/** The pre-made audio for these words, in the formats the build made (it needs espeak-ng). */
export function preMadeAudio(language: string, text: string): AudioSource[] {
  if (!made) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(audioFolder, "manifest.json"), "utf8"));
      made = new Set(manifest.files as string[]);
    } catch {
      made = new Set();
    }
  }
  const name = readAloudName(language, text);
  return audioFormats
    .filter(({ extension }) => made!.has(`${name}.${extension}`))
    .map(({ extension, type }) => ({ src: `/audio/${name}.${extension}`, type }));
}
