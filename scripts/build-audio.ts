/*
 * Pre-made "Read this to me" audio for every easy-read question page and every other
 * easy-read page (readAloudPages) in every language that espeak-ng speaks, for pages read
 * without JavaScript or on devices without a voice for the language. Each clip is made twice:
 * Ogg Opus (small; most browsers) and MP3 (Safari and older iPhones, which do not play Ogg).
 * Run by `npm run build`; needs Debian's espeak-ng, opus-tools and lame, and installs them
 * through apt-get when it runs as root and they are missing. Without them it says so and the
 * pages simply show no player. Files are named by a hash of their words, so a rebuild only
 * makes what changed.
 *
 *   npx tsx scripts/build-audio.ts
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServerI18n } from "~/i18n/i18n.server";
import { languageCodes } from "~/i18n/languages";
import {
  audioFolder,
  espeakVoices,
  pageReadAloudText,
  audioFormats,
  readAloudName,
  readAloudPages,
  readAloudText,
} from "~/respond/read-aloud.server";
import type { ReadAloudPage } from "~/respond/read-aloud.server";
import { surveyDefinitions } from "~surveys";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

// espeak-ng speaks; each format needs its encoder, and is made only when that is installed.
const encoders = { ogg: "opusenc", mp3: "lame" } as const;
const haveTools = () => has("espeak-ng") && Object.values(encoders).every(has);

function ensureTools(): boolean {
  if (haveTools()) return true;
  if (process.getuid?.() === 0 && has("apt-get")) {
    console.log("Installing Debian's espeak-ng, opus-tools and lame for the read-aloud audio…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "espeak-ng", "opus-tools", "lame"], {
      stdio: "inherit",
      env,
    });
  }
  return has("espeak-ng") && Object.values(encoders).some(has);
}

if (!ensureTools()) {
  console.warn(
    "Read-aloud audio not made: it needs espeak-ng and opusenc or lame (apt-get install espeak-ng opus-tools lame). Pages will offer the browser's voice only.",
  );
  process.exit(0);
}

mkdirSync(audioFolder, { recursive: true });
const formats = audioFormats.filter(({ extension }) => has(encoders[extension]));
const encode = {
  ogg: (wav: string, target: string) =>
    execFileSync("opusenc", ["--quiet", "--speech", "--bitrate", "24", wav, target]),
  mp3: (wav: string, target: string) =>
    execFileSync("lame", ["--quiet", "-m", "m", "-b", "32", wav, target]),
};
const wavFile = path.join(tmpdir(), `send-voice-read-aloud-${process.pid}.wav`);
const wanted = new Set<string>();
let clips = 0;
let madeNow = 0;
for (const language of languageCodes) {
  const voice = espeakVoices[language];
  if (!voice) continue;
  const i18n = await createServerI18n(language);
  const t = i18n.getFixedT(language);
  const texts = Object.keys(readAloudPages).map((page) =>
    pageReadAloudText(t, page as ReadAloudPage),
  );
  for (const definition of surveyDefinitions.filter((d) => d.version === "easy"))
    for (const question of definition.questions) texts.push(readAloudText(t, definition, question));
  for (const text of texts) {
    const name = readAloudName(language, text);
    clips += 1;
    const missing = formats.filter(({ extension }) => {
      const file = `${name}.${extension}`;
      wanted.add(file);
      return !existsSync(path.join(audioFolder, file));
    });
    if (!missing.length) continue;
    // espeak-ng writes WAV; opusenc makes small Ogg Opus, lame a mono speech-quality MP3.
    execFileSync("espeak-ng", ["-v", voice, "-s", "140", "-w", wavFile, text]);
    for (const { extension } of missing)
      encode[extension](wavFile, path.join(audioFolder, `${name}.${extension}`));
    madeNow += 1;
  }
}
rmSync(wavFile, { force: true });
// Audio for words that no longer exist (or a format no longer made) goes.
for (const file of readdirSync(audioFolder))
  if (/\.(ogg|mp3)$/.test(file) && !wanted.has(file)) rmSync(path.join(audioFolder, file));
writeFileSync(
  path.join(audioFolder, "manifest.json"),
  JSON.stringify({ files: [...wanted].sort() }, null, 1),
);
console.log(
  `Read-aloud audio: ${clips} clips as ${formats.map((f) => f.extension).join(" and ")} (${madeNow} new) in public/audio`,
);
