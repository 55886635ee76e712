/**
 * What the name rules know about words, in every language the surveys are offered in:
 *
 * - which script a word is in, and its folded form for comparing (`foldWord`);
 * - everyday words, which are never a name on their own: the stopword lists of
 *   stopwords-iso (MIT licence) for each language, every word of our own translations
 *   (locales/), and a short list of words of this domain per language;
 * - given and family names: compromise's English lexicon, faker's lists for Latin and Arabic
 *   script (`name-lists.json`, see scripts/build-name-lists.ts) and a hand-written Bengali list
 *   (`bengali-names.ts`), less any that are everyday words;
 * - the forms Polish, Romanian, Arabic and Bengali give a name: "Kuby", "Kubą",
 *   "Andreiului", "ومحمد", "রহিমের".
 */
import nlp from "compromise";
import stopwords from "stopwords-iso";
import { resources } from "~locales";
import { lexicons } from "~/coding/lexicon";
import { bengaliFamilyNames, bengaliGivenNames, namesThatAreWords } from "./bengali-names";
import nameLists from "./name-lists.json";

export type Script = "latin" | "arabic" | "bengali" | "other";

/** The script of a word's first letter, from its code point (no Unicode-property regex). */
export function scriptOf(word: string): Script {
  const c = word.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f))
    return c === 0xd7 || c === 0xf7 ? "other" : "latin";
  if (c >= 0x1e00 && c <= 0x1eff) return "latin";
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff))
    return "arabic";
  if (c >= 0x980 && c <= 0x9ff) return "bengali";
  return "other";
}

const LATIN_LETTERS: Record<string, string> = { ł: "l", Ł: "l", ß: "ss", ø: "o", đ: "d" };

const folds = new Map<string, string>();

/** The form two words are compared in: case, diacritics and keyboard variants folded. */
export function foldWord(word: string): string {
  let folded = folds.get(word);
  if (folded === undefined) {
    // Words repeat within a comment and across comments; the cache is bounded.
    if (folds.size > 50_000) folds.clear();
    folded = foldUncached(word);
    folds.set(word, folded);
  }
  return folded;
}

function foldUncached(word: string): string {
  switch (scriptOf(word)) {
    case "latin":
      return word
        .toLowerCase()
        .replace(/[łŁßøđ]/g, (c) => LATIN_LETTERS[c] ?? c)
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/’/g, "'");
    case "arabic":
      return (
        word
          .replace(/\p{Mn}|\u0640/gu, "")
          .replace(/[أإآٱ]/g, "ا")
          // ي and ی are one letter on different keyboards; ى is not ("على" is "on", "علي" Ali).
          .replace(/[يئ]/g, "ی")
          .replace(/ك/g, "ک")
          .replace(/[هةۃۀ]/g, "ہ")
          .replace(/ؤ/g, "و")
          .replace(/\u200c|\u200d/g, "")
      );
    case "bengali":
      return word.normalize("NFC").replace(/\u200c|\u200d/g, "");
    default:
      return word.toLowerCase();
  }
}

const split = (text: string): string[] => text.split(/[^\p{L}\p{M}\p{Cf}'’-]+/u);

function* strings(tree: unknown): Generator<string> {
  if (typeof tree === "string") yield tree;
  else if (tree && typeof tree === "object") for (const v of Object.values(tree)) yield* strings(v);
}

/**
 * Words of this domain that stopword lists lack, as people write them, per language; and
 * "roman", the function words of Urdu and Bengali written in Latin letters ("amar chele").
 */
const DOMAIN_WORDS: Record<string, string> = {
  pl: `szkoła szkoły szkole szkołę szkołą przedszkole przedszkola przedszkolu nauczyciel
    nauczycielka pomoc pomocy pomoc wsparcie wsparcia terapia terapii terapię logopeda
    logopedy psycholog psychologa autyzm autyzmu autyzmem adhd zespół zespołu diagnoza
    diagnozy diagnozę orzeczenie orzeczenia plan planu ehcp sen senco rada rady gmina
    urząd lekarz lekarza szpital szpitala czekamy czekaliśmy czekał czekała czeka lat roku
    rok miesięcy miesiące tygodni klasa klasie klasy dziecko dziecka dzieci syn córka
    mama tata rodzina rodziców rodzice nikt nic bardzo dobrze źle nie tak jest był była
    było mówi mówił mówiła powiedział powiedziała chodzi chodził chodziła lubi lubił
    lubiła nienawidzi płacze boi mowy mowa zajęcia opieka opieki transport taksówka
    autobus dom domu domem pieniądze wizyta wizyty spotkanie spotkania nikt dzięki super
    świetnie okropnie strasznie wreszcie teraz wtedy potem dopiero ciągle nadal
    polska polski polsce polskę polską anglia anglii anglię brytania brytanii londyn londynie
    londynu rumunia rumunii downa aspergera tourette'a braille'a brajlem makaton trybunał
    trybunału trybunale sąd sądu sądzie`,
  ro: `școala școală școli școlii scoala scoli profesor profesoara ajutor ajutorul sprijin
    sprijinul terapie terapia logoped logopedul psiholog psihologul autism autismul adhd
    diagnostic diagnosticul evaluare evaluarea plan planul ehcp consiliul consiliu medic
    medicul spital spitalul așteptăm așteptat asteptam ani anul luni luna săptămâni clasa
    clasă copil copilul copii fiul fiica mama tata familia părinți părinții nimeni nimic
    foarte bine rău nu da este era fost spune spus merge mergea place plânge frică vorbire
    transport taxi autobuz acasă casa bani programare întâlnire mulțumesc super groaznic
    acum atunci apoi încă mereu niciodată românia româniei polonia poloniei anglia angliei
    marea britanie britanii londra londrei down asperger braille makaton grădinița grădiniță
    grădiniței grădinițe tribunalul tribunal tribunalului instanța instanței`,
  ur: `اسکول سکول اسکولوں ٹیچر استاد مدد سپورٹ تھراپی آٹزم اے ڈی ایچ ڈی تشخیص پلان ای ایچ سی
    کونسل ڈاکٹر ہسپتال انتظار سال مہینے ہفتے کلاس بچہ بچے بچی بیٹا بیٹی ماں باپ والد والدہ
    خاندان کوئی کچھ بہت اچھا برا نہیں ہاں ہے تھا تھی تھے ہیں گیا گئی کہا کہتے کہتی جاتا جاتی
    پسند روتا روتی ڈر بات چیت ٹرانسپورٹ ٹیکسی بس گھر پیسے ملاقات شکریہ اب پھر ابھی ہمیشہ کبھی
    کو کی کا کے نے سے میں پر تک اور یا لیکن کہ جو یہ وہ ہم آپ تم میرا میری میرے ہمارا ہماری
    ہمارے اس ان ایک دو تین بھی صرف کیا کیوں کب کہاں کیسے مل ملتی ملتا رہا رہی رہے کر کرتے کرتی
    سکتا سکتی سکتے چاہیے نہ جب تب بعد پہلے ساتھ لیے لئے والا والی والے بے سارا سارے ساری
    امید خوشی محبت امن نور سکون دعا خوش تاریخ پیدائش سیکنڈری پرائمری اسپیشل سپیشل مین اسٹریم
    سرکاری نجی`,
  ar: `المدرسة مدرسة مدرسته مدرستها المعلم المعلمة مساعدة المساعدة دعم الدعم علاج العلاج
    التوحد توحد تشخيص التشخيص خطة الخطة المجلس البلدية طبيب الطبيب مستشفى المستشفى ننتظر
    انتظرنا سنة سنوات شهر أشهر شهور أسابيع الصف الفصل طفل طفلي أطفال ابني ابنتي أم أب الأم
    الأب العائلة الأهل أحد شيء جدا جيد سيء لا نعم هو هي كان كانت قال قالت يذهب تذهب يحب تحب
    يبكي تبكي خوف الكلام النطق المواصلات تاكسي الحافلة البيت المنزل المال موعد شكرا الآن ثم
    بعد قبل دائما أبدا في من إلى على عن مع هذا هذه ذلك التي الذي لم لن قد كل بعض أمل نور
    سعيد سعيدة جميل جميلة كريم هدى رحمة سلام فرح أحسن ميلاد الميلاد تاريخ الحكومية الخاصة
    الابتدائية الثانوية التكميلية الإعدادية المتوسطة الجديدة القديمة المحلية العادية احتياجات
    الاحتياجات عمره عمرها عمري`,
  bn: `স্কুল স্কুলে স্কুলের শিক্ষক শিক্ষিকা সাহায্য সহায়তা থেরাপি অটিজম এডিএইচডি রোগনির্ণয়
    পরিকল্পনা প্ল্যান কাউন্সিল ডাক্তার হাসপাতাল অপেক্ষা বছর মাস সপ্তাহ ক্লাস শিশু বাচ্চা
    সন্তান ছেলে মেয়ে মা বাবা পরিবার কেউ কিছু খুব ভালো খারাপ না হ্যাঁ আছে ছিল ছিলো বলে বলেছে
    বলেছিল যায় যেত পছন্দ কাঁদে ভয় কথা পরিবহন ট্যাক্সি বাস বাড়ি বাসা টাকা অ্যাপয়েন্টমেন্ট
    ধন্যবাদ এখন তারপর এখনও সবসময় কখনও পায় পায়নি পাচ্ছে করে করেছে করছে হয় হয়নি হচ্ছে
    দেয় দেয়নি আমরা আমি সে তারা আমার আমাদের ওর ওকে তাকে কোনো কোন এবং আর কিন্তু আশা খুশি আলো
    শান্তি জয় প্রিয় সুখ তিনবার দুইবার একবার সেকেন্ডারি প্রাইমারি স্পেশাল মেইনস্ট্রিম সরকারি`,
  roman: `amar amader tomar mera meri mere hamara hamari hai hain nahi nai ki ka ke ko ne se
    mein aur bhi hoy kore dey na er theke`,
};

/**
 * A language's everyday words: its stopwords, every word of our translations into it, the
 * words of its coding lexicon (app/coding/lexicon/, the phrases people write about SEND)
 * and the domain words above.
 */
function vocabulary(language: string): string[] {
  const own = resources[language as keyof typeof resources];
  const lexicon = lexicons.find((l) => l.language === language);
  return [
    ...((stopwords as Record<string, string[]>)[language] ?? []),
    ...[...strings(own)].flatMap(split),
    ...[...strings(lexicon?.criteria), ...strings(lexicon?.sentiment)].flatMap(split),
    ...(DOMAIN_WORDS[language] ?? "").split(/\s+/),
  ].filter(Boolean);
}

/**
 * The stems the coding lexicon matches any ending of ("czeka*", "grădiniț*", "انتظار*"):
 * a word that starts with one is an everyday word in any of its forms.
 */
const everydayStems = new Map<string, Set<string>>(
  ["pl", "ro", "ur", "ar", "bn"].map((language) => {
    const lexicon = lexicons.find((l) => l.language === language);
    const phrases = [...strings(lexicon?.criteria), ...strings(lexicon?.sentiment)];
    const stems = phrases
      .filter((p) => p.endsWith("*") && !/\s/.test(p.trim()))
      .map((p) => exactForm(p.trim().slice(0, -1)))
      .filter((stem) => [...stem].length >= 4);
    return [language, new Set(stems)];
  }),
);

function hasEverydayStem(exact: string, language: string): boolean {
  const stems = everydayStems.get(language);
  if (!stems || stems.size === 0) return false;
  const letters = [...exact];
  for (let n = 4; n < letters.length; n++) if (stems.has(letters.slice(0, n).join(""))) return true;
  return false;
}

/** Everyday words as written, in lower case, per language: "mają", "szkoła", "اسکول". */
const everydayExact = new Map<string, Set<string>>(
  ["pl", "ro", "roman", "ur", "ar", "bn"].map((language) => [
    language,
    new Set(vocabulary(language).map((w) => exactForm(w))),
  ]),
);
/** Polish and Romanian everyday words folded, for words typed without diacritics ("szkola"). */
const everydayFolded = new Set<string>(["pl", "ro", "roman"].flatMap(vocabulary).map(foldWord));
/** English stopwords and our English words, for deciding what a Latin word is. */
const englishEveryday = new Set<string>(vocabulary("en").map(foldWord));

function exactForm(word: string): string {
  return scriptOf(word) === "latin" ? word.toLowerCase().normalize("NFC") : foldWord(word);
}

/**
 * Urdu and Arabic share a script but not their words: "اختر" is Akhtar in Urdu and "choose"
 * in Arabic. Which one a comment is in is read from its letters (ٹ ڈ ڑ ں ے ہ ھ گ چ پ ژ are
 * Urdu's), and the redaction of each comment says it here before reading names.
 */
let arabicScriptLanguage: "ur" | "ar" = "ar";
const URDU_LETTERS = /[ٹڈڑںےہھگچپژ]/;

export function readArabicScriptLanguage(text: string): void {
  arabicScriptLanguage = URDU_LETTERS.test(text) ? "ur" : "ar";
}

function languagesOf(word: string): string[] {
  switch (scriptOf(word)) {
    case "latin":
      return ["pl", "ro", "roman"];
    case "arabic":
      return [arabicScriptLanguage];
    case "bengali":
      return ["bn"];
    default:
      return [];
  }
}

/**
 * A word of everyday Polish, Romanian, Urdu, Arabic or Bengali: never a name alone. A word
 * typed without its diacritics counts too ("szkoly" for "szkoły"), but not when it is
 * capitalised: "Maja" is a name even though "mają" ("they have") folds to the same letters.
 */
export function isEverydayWord(word: string): boolean {
  return memo(everydayMemo, word, everydayUncached);
}

const everydayMemo = new Map<string, boolean>();
const unknownMemo = new Map<string, boolean>();

/** Answers about a word, cached per word and per Urdu-or-Arabic reading (bounded). */
function memo(cache: Map<string, boolean>, word: string, answer: (w: string) => boolean): boolean {
  const key = scriptOf(word) === "arabic" ? `${arabicScriptLanguage}:${word}` : word;
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 50_000) cache.clear();
    value = answer(word);
    cache.set(key, value);
  }
  return value;
}

function everydayUncached(word: string): boolean {
  const exact = exactForm(word);
  if (languagesOf(word).some((language) => everydayExact.get(language)?.has(exact))) return true;
  if (languagesOf(word).some((language) => hasEverydayStem(exact, language))) return true;
  if (scriptOf(word) !== "latin") return false;
  const folded = foldWord(word);
  const typedPlain = exact === folded;
  const capitalised = word.charAt(0) !== word.charAt(0).toLowerCase();
  return typedPlain && !capitalised && everydayFolded.has(folded);
}

type Lexicon = Record<string, string | string[] | undefined>;
let lexiconCache: Lexicon | undefined;
function lexicon(): Lexicon {
  if (!lexiconCache) {
    const model = nlp.model() as { one?: { lexicon?: Lexicon } };
    lexiconCache = model.one?.lexicon ?? {};
  }
  return lexiconCache;
}

/** compromise's tags for an English word, from its lexicon (no tagging pass). */
export function lexiconTags(lower: string): string[] {
  const entry = lexicon()[lower];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person"]);

/** An English dictionary word that is not (only) a name: "green", "school", "waiting". */
export function isEnglishWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (tags.length > 0) return tags.some((t) => !NAME_TAGS.has(t) && t !== "ProperNoun");
  return englishEveryday.has(lower);
}

function nameSet(names: readonly string[], everydayIn: (word: string) => boolean): Set<string> {
  return new Set(names.filter((n) => n.length > 1 && !everydayIn(n)).map(foldWord));
}

const latinEveryday = (n: string) =>
  isEverydayWord(n) || englishEveryday.has(foldWord(n)) || isEnglishWord(foldWord(n));
const latinGiven = nameSet(nameLists.latin.given, latinEveryday);
const latinFamily = nameSet(nameLists.latin.family, latinEveryday);
const arabicGiven = nameSet(nameLists.arabicScript.given, isEverydayWord);
const arabicFamily = nameSet(nameLists.arabicScript.family, isEverydayWord);
const words = (text: string) => text.trim().split(/\s+/);
const bengaliGiven = nameSet(words(bengaliGivenNames), isEverydayWord);
const bengaliFamily = nameSet(words(bengaliFamilyNames), isEverydayWord);

/** Polish and Romanian case endings, and what the name ends with in the nominative. */
const LATIN_INFLECTIONS: ReadonlyArray<[RegExp, string[]]> = [
  [/ului$/, [""]], // ro: Andreiului → Andrei
  [/ei$/, ["a", ""]], // ro: Mariei → Maria, Ioanei → Ioana
  [/(?:owi|em|ie|u)$/, ["", "a"]], // pl: Jakubowi, Jakubem, Kubie → Kuba
  [/(?:ą|ę|y|i|o)$/, ["a", "", "ia"]], // pl: Kubą, Kubę, Kuby → Kuba; Zosi → Zosia
  [/(?:a)$/, [""]], // pl: Jakuba → Jakub
  [/ka$/, ["ek"]], // pl: Bartka → Bartek
  [/kiem$/, ["ek"]], // pl: Bartkiem → Bartek
  [/ce$/, ["ka"]], // pl: Ance → Anka
];

/** The forms a Latin-script word may be the inflection of, itself first. */
export function latinNameForms(folded: string): string[] {
  const forms = [folded];
  for (const [ending, replacements] of LATIN_INFLECTIONS) {
    if (!ending.test(folded)) continue;
    const stem = folded.replace(ending, "");
    if (stem.length < 2) continue;
    for (const r of replacements) forms.push(foldWord(stem + r));
  }
  return forms;
}

/** Arabic clitics a name may carry: "ومحمد" (and Muhammad), "لمحمد" (for Muhammad). */
export function arabicNameForms(folded: string): string[] {
  const forms = [folded];
  const prefix = /^(?:و|ف|ب|ل|ک)(?:ال)?/;
  if (prefix.test(folded)) {
    const stem = folded.replace(prefix, "");
    if (stem.length >= 2) forms.push(stem);
  }
  if (folded.startsWith("ال") && folded.length > 4) forms.push(folded.slice(2));
  return forms;
}

/** Bengali case endings a name may carry: "রহিমের", "রহিমকে", "আয়েশার", "রহিমও". */
export function bengaliNameForms(folded: string): string[] {
  const forms = [folded];
  const ending = /(?:েরও|ের|কেও|কে|তে|দের|রা|র|ও|ই|টা|টি)$/u;
  if (ending.test(folded)) {
    const stem = folded.replace(ending, "");
    if (stem.length >= 2) forms.push(stem);
  }
  return forms;
}

export function nameForms(folded: string): string[] {
  switch (scriptOf(folded)) {
    case "latin":
      return latinNameForms(folded);
    case "arabic":
      return arabicNameForms(folded);
    case "bengali":
      return bengaliNameForms(folded);
    default:
      return [folded];
  }
}

/** A given name in any language's list, in any of the forms it takes in a sentence. */
export function isListedGivenName(word: string): boolean {
  const folded = foldWord(word);
  const script = scriptOf(folded);
  const set = script === "latin" ? latinGiven : script === "arabic" ? arabicGiven : bengaliGiven;
  if (script === "latin")
    return (
      set.has(folded) ||
      latinNameForms(folded).some((f) => set.has(f) && f !== folded && !latinEveryday(word))
    );
  return nameForms(folded).some((f) => set.has(f)) && !isEverydayWord(word);
}

const rawGiven = new Set(
  [
    ...nameLists.latin.given,
    ...nameLists.arabicScript.given,
    ...words(bengaliGivenNames),
    ...words(namesThatAreWords),
  ].map(foldWord),
);

/**
 * A given name in any list, even one that is also an everyday word ("عمر" is Omar and
 * "age"; "Luna"): for after a kinship word or an honorific, where a name is expected.
 */
export function isAnyGivenName(word: string): boolean {
  return nameForms(foldWord(word)).some((f) => rawGiven.has(f));
}

const rawFamily = new Set(
  [...nameLists.latin.family, ...nameLists.arabicScript.family, ...words(bengaliFamilyNames)].map(
    foldWord,
  ),
);

/** A family name in any list, even one that is also an everyday word ("ইসলাম", "اختر"). */
export function isAnyFamilyName(word: string): boolean {
  return nameForms(foldWord(word)).some((f) => rawFamily.has(f));
}

/** A family name in any language's list. */
export function isListedFamilyName(word: string): boolean {
  const folded = foldWord(word);
  const script = scriptOf(folded);
  const set = script === "latin" ? latinFamily : script === "arabic" ? arabicFamily : bengaliFamily;
  if (script === "latin") return set.has(folded);
  return nameForms(folded).some((f) => set.has(f)) && !isEverydayWord(word);
}

/**
 * A word nobody's vocabulary knows: not a stopword or a word of our translations in any
 * language, not an English dictionary word. After a cue such a word is taken for a name.
 */
export function isUnknownWord(word: string): boolean {
  return memo(unknownMemo, word, unknownUncached);
}

function unknownUncached(word: string): boolean {
  if (isEverydayWord(word)) return false;
  const folded = foldWord(word);
  const forms = nameForms(folded);
  if (forms.some((f) => f !== folded && scriptOf(f) !== "latin" && isEverydayWord(f))) return false;
  return scriptOf(folded) !== "latin" || !isEnglishWord(folded);
}
