/*
 * What each simulated person sends: which survey, the answer on every page, and a nonsense
 * word in their own words by which the stored response is found again without any identifier.
 */
import { redactFreeText } from "~/privacy/redact.server";
import { needOptions, roleOptions } from "~/webinars/needs";
import { getSurvey, questionOptions } from "~surveys";
import type { Audience, SurveyVersion } from "~surveys";

/** One question page as posted: its form fields, or an explicit "Skip". */
export interface PageAnswer {
  questionId: string;
  fields: [string, string][];
}

/** What must be stored for a submission, in forms that are easy to compare. */
export interface StoredForm {
  /** `question=value` for every closed answer, sorted. */
  answers: string[];
  /** Own words by question id, as stored (after redaction). */
  comments: Record<string, string>;
  about: Record<string, string>;
}

export interface Submission {
  index: number;
  audience: Audience;
  version: SurveyVersion;
  /** Accept-Language sent with every request, and the language the response must have. */
  acceptLanguage: string;
  language: "en" | "ur";
  /** Lower-case letters and digits the redaction keeps: how the stored response is found. */
  marker: string;
  /** The person's address, as the load balancer passes it on (X-Forwarded-For). */
  clientAddress: string;
  pages: PageAnswer[];
  expected: StoredForm;
  /** Sends the final form twice: both at once (a double click) or again after the answer. */
  sendTwice: "no" | "together" | "again";
  /** Whether a send cut off by a kill is sent again (the person presses Send once more). */
  retriesCutSend: boolean;
}

/** A small seeded random source, so a run's plan can be replayed with FAULT_SEED. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A private address for the n-th person (10.0.0.0/8: surveys first, sign-ups from 10.128.0.0). */
const clientAddress = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

const markerAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
const improvements = [
  "More help with transport would be good.",
  "Answer the phone more quickly please.",
  "Tell us sooner what happens next.",
];

/** The sentence that carries a marker; it must come through redaction (twice) unchanged. */
export const markedText = (marker: string) =>
  `The help was good in the end, my word for this survey is ${marker} thanks.`;

/** Whether own words are stored exactly as typed: redacted once in the draft, again on submit. */
export function keptByRedaction(text: string) {
  const once = redactFreeText(text).text;
  return once === text && redactFreeText(once).text === text;
}

/**
 * Plans `count` submissions. Each has a unique marker and a unique set of closed answers, so
 * a response whose own words went missing could still be told apart.
 */
export function planSubmissions(count: number, seed: number) {
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const markers = new Set<string>();
  const answerSets = new Set<string>();
  let markersRejected = 0;
  for (const text of improvements) {
    if (!keptByRedaction(text)) throw new Error(`Redaction changes the fixed text "${text}"`);
  }

  const newMarker = () => {
    for (;;) {
      const marker = Array.from({ length: 12 }, () => pick([...markerAlphabet])).join("");
      // A letter first and at most two digits: nothing the redaction takes for a number.
      if (!/^[a-z]/.test(marker) || marker.replace(/\D/g, "").length > 2) continue;
      if (markers.has(marker)) continue;
      if (!keptByRedaction(markedText(marker))) {
        markersRejected += 1;
        continue;
      }
      markers.add(marker);
      return marker;
    }
  };

  const submissions: Submission[] = [];
  while (submissions.length < count) {
    const roll = random();
    const audience: Audience = roll < 0.5 ? "parent" : roll < 0.8 ? "practitioner" : "child";
    const version: SurveyVersion = chance(audience === "child" ? 0.6 : 0.3) ? "easy" : "standard";
    const urdu = chance(0.2);
    const definition = getSurvey(audience, version);
    const pages: PageAnswer[] = [];
    const expected: StoredForm = { answers: [], comments: {}, about: {} };
    const marker = newMarker();
    // People leave most questions alone here: every request costs the one server process
    // time, and the sends are what this test is about. Pages not answered are not visited.
    const closed = definition.questions.filter((q) => q.kind !== "text" && q.section !== "about");
    const answered = new Set(
      shuffled(closed, random)
        .slice(0, 2 + Math.floor(random() * 3))
        .map((q) => q.id),
    );
    const skipped = chance(0.2) ? closed.find((q) => !answered.has(q.id))?.id : undefined;
    let firstText = true;
    for (const question of definition.questions) {
      if (question.kind === "text") {
        // The first own-words question always carries the marker; the other sometimes says more.
        const text = firstText ? markedText(marker) : chance(0.1) ? pick(improvements) : "";
        firstText = false;
        if (!text) continue;
        pages.push({
          questionId: question.id,
          fields: [
            ["answer", text],
            ["intent", "continue"],
          ],
        });
        expected.comments[question.id] = text;
        continue;
      }
      if (question.id === skipped) {
        pages.push({ questionId: question.id, fields: [["intent", "skip"]] });
        continue;
      }
      if (question.section === "about" ? chance(0.7) : !answered.has(question.id)) continue;
      const options = questionOptions(question);
      let values: string[];
      if (question.kind === "multiple") {
        // "I don't know" beside other choices is dropped by the server: chosen alone here.
        const known = options.filter((o) => o.polarity !== "dont_know");
        const chosen = known.filter(() => chance(0.35)).map((o) => o.value);
        const dontKnow = options.find((o) => o.polarity === "dont_know");
        values = chosen.length ? chosen : [dontKnow?.value ?? pick(known).value];
      } else {
        values = [pick(options).value];
      }
      pages.push({
        questionId: question.id,
        fields: [...values.map((v): [string, string] => ["answer", v]), ["intent", "continue"]],
      });
      if (question.section === "about") expected.about[question.id] = values[0]!;
      else expected.answers.push(...values.map((v) => `${question.id}=${v}`));
    }
    expected.answers.sort();
    const answerSet = answerSetKey(audience, version, expected);
    // Rare, but a person must be recognisable by their closed answers alone too.
    if (answerSets.has(answerSet)) continue;
    answerSets.add(answerSet);
    const double = random();
    submissions.push({
      index: submissions.length,
      audience,
      version,
      acceptLanguage: urdu ? "ur-PK,ur;q=0.9,en;q=0.5" : "en-GB,en;q=0.9",
      language: urdu ? "ur" : "en",
      marker,
      clientAddress: clientAddress(submissions.length),
      pages,
      expected,
      sendTwice: double < 0.05 ? "together" : double < 0.1 ? "again" : "no",
      retriesCutSend: chance(0.8),
    });
  }
  return { submissions, markersRejected };
}

/** One person signing up for one of the run's webinars. */
export interface SignUpPlan {
  index: number;
  /** Which of the run's webinars (an index into them). */
  webinar: number;
  /** Unique to the person: how the stored sign-up is found. */
  email: string;
  /** The sign-up form as posted. */
  fields: [string, string][];
  acceptLanguage: string;
  clientAddress: string;
  /** Posts the form twice at once (a double click), or again after the answer. */
  sendTwice: "no" | "together" | "again";
  /** Whether a sign-up cut off by a kill is posted again. */
  retriesCutSend: boolean;
}

/** Plans `count` sign-ups spread over `webinars` webinars, each by its own person. */
export function planSignUps(count: number, webinars: number, seed: number): SignUpPlan[] {
  const random = seededRandom(seed ^ 0x519e);
  const chance = (p: number) => random() < p;
  return Array.from({ length: count }, (_, index) => {
    const needs = needOptions.filter(() => chance(0.2));
    const fields: [string, string][] = [
      ["name", `Parent ${index}`],
      ["email", `parent.${index}@example.org`],
      ["role", roleOptions[index % roleOptions.length]!],
      ...needs.map((need): [string, string] => ["needs", need]),
      ["interpreterLanguage", needs.includes("interpreter") ? "Polish" : ""],
      ["consent", "yes"],
    ];
    const double = random();
    return {
      index,
      webinar: index % webinars,
      email: `parent.${index}@example.org`,
      fields,
      acceptLanguage: chance(0.2) ? "ur-PK,ur;q=0.9,en;q=0.5" : "en-GB,en;q=0.9",
      clientAddress: clientAddress(0x80_0000 + index),
      sendTwice: double < 0.05 ? "together" : double < 0.1 ? "again" : "no",
      retriesCutSend: chance(0.8),
    };
  });
}

/** The form of what was stored, built from the database rows of one response. */
export function storedForm(
  answers: { questionId: string; value: string }[],
  comments: { questionId: string; text: string }[],
  about: Record<string, string>,
): StoredForm {
  return {
    answers: answers.map((a) => `${a.questionId}=${a.value}`).sort(),
    comments: Object.fromEntries(comments.map((c) => [c.questionId, c.text])),
    about,
  };
}

/** The key by which closed answers alone recognise a submission. */
export const answerSetKey = (
  audience: string,
  version: string,
  form: Pick<StoredForm, "answers" | "about">,
) => `${audience}|${version}|${form.answers.join(",")}|${JSON.stringify(sortKeys(form.about))}`;

function sortKeys(record: Record<string, string>) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
