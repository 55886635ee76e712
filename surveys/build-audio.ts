/*
 * Pre-made "Read this to me" audio for every easy-read question page (and the child's start,
 * the easy check and the child's done page) in every language that
 * espeak-ng speaks, for pages read without JavaScript (with it, the browser's own voice is
 * used where the device has one). Run by `npm run build`; needs Debian's espeak-ng and
 * opus-tools, and installs them through apt-get when it runs as root and they are missing.
 * Without them it says so and the pages simply show no player. Files are named by a hash of
 * their words, so a rebuild only makes what changed.
 *
 *   npx tsx surveys/build-audio.ts
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServerI18n } from "../app/i18n/i18n.server";
import { languageCodes } from "../app/i18n/languages";
import {
  audioFolder,
  espeakVoices,
  pageReadAloudText,
  readAloudFile,
  readAloudPages,
  readAloudText,
} from "../app/surveys/read-aloud.server";
import type { ReadAloudPage } from "../app/surveys/read-aloud.server";
import { surveyDefinitions } from "./index";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

function ensureTools(): boolean {
  if (has("espeak-ng") && has("opusenc")) return true;
  if (process.getuid?.() === 0 && has("apt-get")) {
    console.log("Installing Debian's espeak-ng and opus-tools for the read-aloud audio…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "espeak-ng", "opus-tools"], {
      stdio: "inherit",
      env,
    });
  }
  return has("espeak-ng") && has("opusenc");
}

if (!ensureTools()) {
  console.warn(
    "Read-aloud audio not made: espeak-ng and opusenc are not installed (apt-get install espeak-ng opus-tools). Pages will offer the browser's voice only.",
  );
  process.exit(0);
}

mkdirSync(audioFolder, { recursive: true });
const wavFile = path.join(tmpdir(), `send-voice-read-aloud-${process.pid}.wav`);
const wanted = new Set<string>();
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
    const file = readAloudFile(language, text);
    wanted.add(file);
    const target = path.join(audioFolder, file);
    if (existsSync(target)) continue;
    // espeak-ng writes WAV; opusenc turns it into small Ogg Opus for phones.
    execFileSync("espeak-ng", ["-v", voice, "-s", "140", "-w", wavFile, text]);
    execFileSync("opusenc", ["--quiet", "--speech", "--bitrate", "24", wavFile, target]);
    madeNow += 1;
  }
}
rmSync(wavFile, { force: true });
// Audio for words that no longer exist goes.
for (const file of readdirSync(audioFolder))
  if (file.endsWith(".ogg") && !wanted.has(file)) rmSync(path.join(audioFolder, file));
writeFileSync(
  path.join(audioFolder, "manifest.json"),
  JSON.stringify({ files: [...wanted].sort() }, null, 1),
);
console.log(`Read-aloud audio: ${wanted.size} clips (${madeNow} new) in public/audio`);
