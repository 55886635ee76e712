import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resources } from "../../locales";
import { questionOptions, surveyDefinitions } from "../../surveys";

/*
 * Easy read as a tested property (issue #6): every English easy-read string keeps to short
 * sentences, one idea a statement and no unexplained abbreviations, and every easy-read
 * question and answer has a picture. Each problem is reported with its locale key.
 */

type Tree = { [key: string]: string | Tree };
const english = resources.en as unknown as Record<string, Tree>;

const maxWordsInSentence = 15;

/** Abbreviations people may not know, each with the words that spell it out. */
const abbreviations: Record<string, string> = {
  SEND: "special educational needs and disabilities",
  SEN: "special educational needs",
  EHC: "education, health and care",
  EHCP: "education, health and care plan",
  AP: "alternative provision",
  CAMHS: "child and adolescent mental health services",
  SENCO: "special educational needs co-ordinator",
  SENCo: "special educational needs co-ordinator",
  NHS: "National Health Service",
  GP: "doctor",
  LA: "local authority",
  ADHD: "attention deficit hyperactivity disorder",
  ASD: "autism",
  CQC: "Care Quality Commission",
  Ofsted: "Office for Standards in Education",
  SALT: "speech and language therapy",
  OT: "occupational therapist",
  PRU: "pupil referral unit",
  SENDIASS: "information, advice and support service",
  DfE: "Department for Education",
  MB: "megabytes",
};

/** The journey's words that easy-read pages show (start, questions, check, saved, done, display). */
const easyReadPageKeys: Record<string, string[]> = {
  survey: [
    "start.title.child",
    "start.what.child",
    "start.who.child",
    "start.anonymous.child",
    "start.timeEasy",
    "start.closes",
    "start.continueDraft",
    "start.versionLegend",
    "start.versionEasy",
    "start.versionEasyHint",
    "start.versionStandard",
    "start.versionStandardHint",
    "start.consentLegend",
    "start.consentHint",
    "start.consentYes",
    "start.consentNo",
    "start.consentRequired",
    "start.versionRequired",
    "start.button",
    "start.resumeLink",
    "noThanks.title",
    "noThanks.body",
    "noThanks.again",
    "question.progress",
    "question.aboutYou",
    "question.aboutYouHint",
    "question.back",
    "question.continue",
    "question.skipEasy",
    "question.save",
    "question.ownWordsHintEasy",
    "question.invalidOption",
    "question.tooLong",
    "check.titleEasy",
    "check.easy.intro",
    "check.easy.sendTitle",
    "check.easy.sendBody",
    "check.skipped",
    "check.notAnswered",
    "check.change",
    "check.changeQuestion",
    "check.send",
    "done.titleEasy",
    "done.sentEasy",
    "done.next",
    "done.nextEasy",
    "done.talkTitle",
    "done.childline",
    "done.support",
    "done.supportLink",
    "done.talkBody",
    "saved.title",
    "saved.code",
    "saved.easy.howTo",
    "saved.easy.anyDevice",
    "saved.easy.until",
    "saved.easy.writeDown",
    "saved.easy.continue",
    "closed.titleEasy",
    "closed.bodyEasy",
    // Read this to me, and answering out loud.
    "check.recorded",
    "spoken.heading",
    "spoken.saved",
    "spoken.skipDeletes",
    "spoken.listenSaved",
    "spoken.delete",
    "spoken.file",
    "spoken.fileAgain",
    "spoken.hint",
    "spoken.tooBig",
    "spoken.notAudio",
    "spoken.start",
    "spoken.stop",
    "spoken.again",
    "spoken.recordingNow",
    "spoken.stopped",
    "spoken.listenBack",
    "spoken.listenNew",
    "spoken.sendHint",
    "spoken.noMicrophone",
  ],
  // The display options page is reached from every survey page, easy read included.
  common: [
    "readAloud.label",
    "readAloud.stop",
    "readAloud.failed",
    "display.link",
    "display.title",
    "display.intro",
    "display.legend",
    "display.largerText",
    "display.largerTextHint",
    "display.highContrast",
    "display.highContrastHint",
    "display.moreSpacing",
    "display.moreSpacingHint",
    "display.save",
    "display.back",
  ],
};

/** What a string is on the page decides which rules apply to it. */
interface EasyText {
  /** `namespace:key`, as the report names it. */
  id: string;
  text: string;
  role: "question" | "answer" | "statement";
  /** The question's help text: it may spell out an abbreviation the question uses. */
  help?: string;
}

function lookUp(namespace: string, key: string): string | undefined {
  const value = key
    .split(".")
    .reduce<
      string | Tree | undefined
    >((node, part) => (typeof node === "object" ? node[part] : undefined), english[namespace]);
  return typeof value === "string" ? value : undefined;
}

function flatten(tree: Tree, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object"
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, string]],
  );
}

const easyDefinitions = surveyDefinitions.filter((d) => d.version === "easy");

/** Every English easy-read string, each once, with the role it plays. */
function easyReadTexts(): { texts: EasyText[]; missing: string[] } {
  const byId = new Map<string, EasyText>();
  const missing: string[] = [];
  const add = (namespace: string, key: string, role: EasyText["role"], help?: string) => {
    const id = `${namespace}:${key}`;
    const text = lookUp(namespace, key);
    if (text === undefined) missing.push(id);
    // A key used as a question or an answer keeps that stricter role.
    else if (!byId.has(id) || byId.get(id)!.role === "statement")
      byId.set(id, { id, text, role, help });
  };
  /** Definition keys are in the survey's own namespace unless they name another (`ns:key`). */
  const locate = (namespace: string, key: string): [string, string] =>
    key.includes(":") ? (key.split(":") as [string, string]) : [namespace, key];

  for (const definition of easyDefinitions) {
    const own = (key: string) => locate(definition.namespace, key);
    for (const question of definition.questions) {
      const help = question.help ? lookUp(...own(question.help)) : undefined;
      add(...own(question.text), "question", help);
      if (question.help) add(...own(question.help), "statement");
      for (const option of questionOptions(question)) add(...own(option.text), "answer", help);
    }
    for (const [key] of flatten((english[definition.namespace]!.easy ?? {}) as Tree, "easy."))
      add(definition.namespace, key, "statement");
  }
  for (const [namespace, keys] of Object.entries(easyReadPageKeys))
    for (const key of keys) add(namespace, key, "statement");
  return { texts: [...byId.values()], missing };
}

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
const wordsOf = (sentence: string) =>
  sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** The rules for words; one line a problem, starting with the key. */
function textProblems(item: EasyText): string[] {
  const problems: string[] = [];
  const sentences = sentencesOf(item.text);
  for (const sentence of sentences) {
    const count = wordsOf(sentence).length;
    if (count > maxWordsInSentence)
      problems.push(
        `${item.id}: ${count} words in one sentence (at most ${maxWordsInSentence}): "${sentence}"`,
      );
  }
  if (item.role !== "statement" && sentences.length > 1)
    problems.push(`${item.id}: a ${item.role} must be one sentence: "${item.text}"`);
  if (/;| and also /i.test(item.text))
    problems.push(`${item.id}: two ideas joined by ";" or "and also": "${item.text}"`);
  for (const [abbreviation, spelledOut] of Object.entries(abbreviations)) {
    if (!new RegExp(`\\b${abbreviation}\\b`).test(item.text)) continue;
    const explained = [item.text, item.help ?? ""].some((text) =>
      text.toLowerCase().includes(spelledOut.toLowerCase()),
    );
    if (!explained)
      problems.push(
        `${item.id}: "${abbreviation}" is not spelled out (say "${spelledOut}"): "${item.text}"`,
      );
  }
  return problems;
}

function pictureProblems(): string[] {
  const problems: string[] = [];
  const check = (where: string, picture: string | undefined) => {
    if (!picture) problems.push(`${where}: no picture`);
    else if (!existsSync(`surveys/pictures/${picture}.svg`))
      problems.push(`${where}: picture "${picture}" has no surveys/pictures/${picture}.svg`);
  };
  for (const definition of easyDefinitions) {
    const name = `${definition.audience}/easy`;
    for (const question of definition.questions) {
      check(`${name} ${question.id} (${question.text})`, question.picture);
      for (const option of questionOptions(question))
        check(`${name} ${question.id}/${option.value} (${option.text})`, option.picture);
    }
  }
  return problems;
}

describe("easy read", () => {
  const { texts, missing } = easyReadTexts();

  it("finds every easy-read string it is meant to check", () => {
    expect(missing, `keys not in English:\n${missing.join("\n")}`).toEqual([]);
    // Three audiences' questions, answers and the journey's pages: well over a hundred.
    expect(texts.length).toBeGreaterThan(150);
  });

  it("keeps sentences short, one idea a statement, abbreviations spelled out", () => {
    const problems = texts.flatMap(textProblems);
    expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
  });

  it("has a picture, whose file exists, for every question and every answer", () => {
    const problems = pictureProblems();
    expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
  });

  it("the rules catch what they are meant to", () => {
    const rules = (text: string, role: EasyText["role"] = "statement", help?: string) =>
      textProblems({ id: "x", text, role, help }).length;
    expect(
      rules(
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.",
      ),
    ).toBe(0);
    expect(
      rules(
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.",
      ),
    ).toBe(1);
    expect(rules("You get help. Do you like it?", "question")).toBe(1);
    expect(rules("You get help. You like it.")).toBe(0);
    expect(rules("You get help; you like it.")).toBe(1);
    expect(rules("Do you have an EHC plan?", "question")).toBe(1);
    expect(rules("Do you have an EHC plan (education, health and care plan)?", "question")).toBe(0);
    expect(
      rules(
        "Do you have an EHC plan?",
        "question",
        "An EHC plan is an education, health and care plan.",
      ),
    ).toBe(0);
    expect(rules("Do you have a plan?", "question")).toBe(0);
  });
});
