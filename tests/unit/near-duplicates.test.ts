import { describe, expect, it } from "vitest";
import {
  groupNearDuplicates,
  nearDuplicateThreshold,
  normalisedWords,
} from "~/coding/near-duplicates";

const template =
  "We are writing as members of the parent group. Our children have waited over two years for an EHC needs assessment and the council has not answered our letters. We want the inspectors to know that families in this area are being failed.";

/** Planted copies of the template, each with a small edit people make when they pass it on. */
const planted = [
  template,
  template.toUpperCase(),
  template.replace(/[.,]/g, "").replace("two years", "two years!!"),
  template.replace("over two years", "nearly three years"),
  template.replace("the parent group", "the parent group, [name]"),
  template.replace("members", "[name] [name] members"),
  `Dear inspectors, ${template} Thank you.`,
  template.replace("are being failed", "are failed every day"),
];

/** Different comments that share a phrase, and comments on one subject in their own words. */
const different = [
  "My son moved to secondary school in September and the school has been really helpful, they set up a quiet room and a key worker he trusts.",
  "We waited eighteen months for speech therapy but the school has been really helpful while we waited, the SENCO ran sessions herself.",
  "The school has been really helpful but health services are a battle, we never hear back from CAMHS and the GP cannot refer again.",
  "Our daughter was excluded twice last year and nobody from the council came to the meetings, we feel completely alone.",
  "We have waited two years for an assessment and still have no date, the council does not answer emails.",
];

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("near-duplicate comments", () => {
  it("normalises case, punctuation and redaction tags", () => {
    expect(normalisedWords("Our son [name] [name], SEES the OT.")).toEqual(
      normalisedWords("our son [name] sees the ot"),
    );
  });

  it("groups planted copies of a template with small edits, and only those", () => {
    const items = [
      ...planted.map((text, i) => ({ id: `t${i}`, text })),
      ...different.map((text, i) => ({ id: `d${i}`, text })),
    ];
    const groups = groupNearDuplicates(items);
    expect(groups.map((g) => ids(g.members))).toEqual([planted.map((_, i) => `t${i}`)]);
  });

  it("does not group different comments that share a phrase", () => {
    const items = different.map((text, i) => ({ id: `d${i}`, text }));
    expect(groupNearDuplicates(items)).toEqual([]);
    const words = (text: string) =>
      new Set(normalisedWords(text).map((w, i, all) => `${w} ${all[i + 1]}`));
    const overlap = <T>(a: Set<T>, b: Set<T>) =>
      [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    expect(overlap(words(different[0]!), words(different[1]!))).toBeLessThan(
      nearDuplicateThreshold / 2,
    );
  });

  it("groups a paper form keyed in twice, and leaves short answers alone", () => {
    const items = [
      { id: "a", text: "He has no speech therapy since year 3 and nobody will tell us why." },
      { id: "b", text: "Nothing." },
      { id: "c", text: "He has no speech therapy since year 3 and nobody will tell us why" },
      { id: "d", text: "Nothing" },
      { id: "e", text: "No comment" },
      { id: "f", text: "No comment" },
    ];
    expect(groupNearDuplicates(items).map((g) => ids(g.members))).toEqual([["a", "c"]]);
  });

  it("groups in any script", () => {
    const urdu = "ہمارے بچے دو سال سے اسسمنٹ کا انتظار کر رہے ہیں اور کونسل کوئی جواب نہیں دیتی";
    const items = [
      { id: "u1", text: urdu },
      { id: "u2", text: `${urdu}۔` },
      { id: "u3", text: "میرا بیٹا اسکول میں خوش ہے اور استاد بہت مدد کرتے ہیں شکریہ" },
    ];
    expect(groupNearDuplicates(items).map((g) => ids(g.members))).toEqual([["u1", "u2"]]);
  });

  it("finds a campaign among thousands of comments quickly", () => {
    // Filler in words of its own, drawn from a vocabulary of a few hundred, as comments are.
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const items = Array.from({ length: 8000 }, (_, i) => ({
      id: `r${i}`,
      text:
        i % 100 === 0
          ? template.replace("two", String(i))
          : Array.from({ length: 30 }, () => words[Math.floor(random() * words.length)]).join(" "),
    }));
    const started = performance.now();
    const groups = groupNearDuplicates(items);
    const took = performance.now() - started;
    expect(groups.map((g) => g.members.length)).toEqual([80]);
    expect(took).toBeLessThan(5000);
  });
});
