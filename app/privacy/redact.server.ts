/**
 * Redaction of free text before it is stored (DESIGN.md, "Anonymity is a property").
 *
 * `redactFreeText` replaces each identifier in a comment with a tag such as `[name]` and
 * reports which kinds it replaced. It is a pure function: no I/O, no logging, and the values
 * it removes never leave it.
 *
 * How it works: each detector below scans the original text and proposes spans. Spans are
 * then accepted in priority order (email before link, phone before date, address before
 * name, …); a span that overlaps one already accepted is dropped. Names come last and
 * combine compromise's `people()` with rules for the way people write in this domain ("my
 * son Jack", "Mrs Green", "called Sarah", "Jake's teacher").
 *
 * The rules lean towards redacting: a place or a club wrongly tagged `[name]` costs a little
 * readability, a child's name left in costs their anonymity.
 */
import nlp from "compromise";

export type RedactionTag =
  | "email"
  | "url"
  | "social-handle"
  | "phone"
  | "nhs-number"
  | "pupil-number"
  | "ni-number"
  | "reference"
  | "number"
  | "postcode"
  | "date"
  | "address"
  | "name";

export interface RedactionResult {
  /** The text with every identifier replaced by its tag, e.g. `[name]`. */
  text: string;
  /** One entry per replacement, in the order they appear in the text. Never the values. */
  found: RedactionTag[];
}

/**
 * The version of these rules. Raise it when a change would redact more: drafts made under
 * an older version have their own words redacted again when they are sent (redacting is
 * idempotent), so no draft is stored under rules older than the ones running.
 */
export const redactionRulesVersion = 1;

/** The placeholder written in place of each kind of identifier. */
export const redactionLabels: Readonly<Record<RedactionTag, string>> = {
  email: "[email]",
  url: "[link]",
  "social-handle": "[handle]",
  phone: "[phone]",
  "nhs-number": "[NHS number]",
  "pupil-number": "[pupil number]",
  "ni-number": "[NI number]",
  reference: "[reference]",
  number: "[number]",
  postcode: "[postcode]",
  date: "[date]",
  address: "[address]",
  name: "[name]",
};

interface Span {
  start: number;
  end: number;
  tag: RedactionTag;
}

// ---------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun`);

/** Words that are never a name, even straight after "Mrs" or "my son". */
const FUNCTION_WORDS = words(`
  mr mrs ms miss mx dr prof professor sir dame madam

  the a an and or but if so to of in on at by for with from into onto up down out over
  about after before is was are were be been being has have had do does did not no yes it
  its it's he she they them him her his hers their theirs we us our you your me my mine this
  that these those who whom which what when where why how all any some very too also just
  still now then there here back again really never always ever only even because as than
  like same such own other another each both either neither nor off away would can
  could shall should might must got get gets go goes went gone said says say told tell
  hi hello dear thanks thank please sorry ok okay yes yeah well anyway overall honestly
  unfortunately sadly luckily thankfully however although though since until while whilst
  whether once every everyone everything nobody nothing someone something somebody none
  one two three four five six seven eight nine ten first second third last next
`);

/** Street and place words; never a name on their own, but "Mrs Green" and "Mr Hill" are. */
const PLACE_WORDS = words(`
  street road avenue lane close drive way crescent court place grove gardens terrace walk
  hill mews row square view rise green parade vale gate croft estate village town
  north south east west northern southern eastern western central upper lower`);

/**
 * Places in England whose names compromise or the rules below could take for people
 * ("Milton Keynes", "Chelsea", "Preston"). After a cue ("my son Preston") they are names.
 */
const PLACE_NAMES = words(`
  milton keynes hemel hempstead lincoln chester preston bradford sutton kingston richmond
  merton stafford derby darlington warrington halifax harrow barnet brent bromley camden
  croydon ealing enfield hackney haringey islington lambeth lewisham newham southwark
  wandsworth westminster bexley havering hillingdon hounslow redbridge kensington chelsea
  hammersmith fulham stoke luton dudley solihull sandwell walsall wolverhampton coventry
  leicester nottingham northampton oxford cambridge bristol bath york leeds hull durham
  sunderland gateshead tyneside wirral knowsley sefton wigan bolton bury oldham rochdale
  salford stockport tameside trafford kirklees calderdale doncaster barnsley rotherham
  wakefield telford shropshire cheshire cornwall devon dorset essex kent surrey sussex
  norfolk suffolk lancashire yorkshire cumbria rutland herefordshire plymouth portsmouth
  southampton reading slough swindon torbay blackpool blackburn halton medway thurrock
  peterborough middlesbrough redcar hartlepool stockton london manchester birmingham
  liverpool sheffield newcastle brighton hove lancaster carlisle exeter worcester gloucester
  hereford warwick bedford luton watford crawley basildon ipswich norwich`);

/** Capitalised words in this domain that are never a person's name. */
const NEVER_NAMES = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...FUNCTION_WORDS,
  ...PLACE_WORDS,
  ...words(`
  i i'm i've i'd i'll im ive id lea will may new old good bad great best worst better worse
  amazing brilliant awful terrible fantastic lovely

  send sen senco sencos sendco sendcos ehc ehcp ehcps ehcna ehcnas camhs cahms ofsted cqc nhs
  gp gps ot ots salt slt adhd add asd asc pda ld mld sld pmld semh la las ta tas hlta lsa cin
  cp lac cla cwd ap pru prus iep ieps dla pip uc esa ep eps sendiass sendias iass ipsea pcf icb
  ccg dfe sen-d ald ehcp's camhs's ofsted's council's sendco's senco's nhs's gcse gcses btec
  sats sat a-level a-levels ks1 ks2 ks3 ks4 ks5 eyfs y1 y2 y3 y4 y5 y6 y7 y8 y9 y10 y11 y12 y13

  mum mom mummy mam mama dad daddy papa nan nana nanna nanny gran granny grandma grandad
  granddad grandpa grandparents auntie aunty aunt uncle parent parents carer carers family
  families guardian foster fostering kinship child children children's young people
  person persons youngster son daughter brother sister baby twins teen teenager

  teacher teachers head headteacher headteachers deputy tutor tutors assistant assistants
  officer officers worker workers keyworker caseworker coordinator co-ordinator lead leads
  manager managers practitioner practitioners professional professionals paediatrician
  paediatricians pediatrician consultant consultants nurse nurses doctor doctors therapist
  therapists psychologist psychologists psychiatrist psychiatrists physio physiotherapist
  audiologist dietitian health visitor visitors advocate advocates mentor mentors inspector
  inspectors social services service team teams panel panels tribunal tribunals judge
  councillor councillors mp director directors commissioner commissioners staff

  council councils county borough city district metropolitan authority authorities local
  government cabinet department trust trusts board partnership partnerships forum forums
  school schools academy academies college colleges university uni nursery nurseries
  primary secondary infant infants junior juniors special specialist mainstream independent
  alternative provision provisions unit units base bases hub hubs hospital hospitals clinic
  clinics surgery surgeries ward wards centre centres center library park parks church
  mosque temple gurdwara synagogue charity charities club clubs group groups class classes
  reception year years nursery sixth form post-16 post-19

  special educational needs disability disabilities disabled education health care plan
  plans review reviews annual assessment assessments diagnosis referral referrals waiting
  list lists support supports offer early help short breaks break respite transport taxi
  bus minibus autism autistic dyslexia dyspraxia dyscalculia down syndrome cerebral palsy
  epilepsy speech language therapy occupational physiotherapy sensory hearing visual
  mental wellbeing behaviour medical medication tourette tourette's apd ocd odd fasd asperger
  asperger's paediatric pediatric audiology neurology neurodevelopmental neurodiverse
  neurodivergent neurodiversity pathway pathways inclusion exclusion exclusions nurture
  attendance makaton pecs portage adulthood preparing personal budget budgets direct payment
  payments continuing complex needs learning difficulties disorder processing regulation
  virtual youth offending hospice respite

  christmas easter halloween ramadan eid diwali hanukkah vaisakhi lent summer winter spring
  autumn term half-term holidays holiday covid covid-19 coronavirus lockdown god allah jesus
  english maths math science history geography pe ict computing art music drama french
  spanish urdu polish arabic british uk england english welsh scottish

  xbox playstation minecraft roblox fortnite youtube tiktok instagram snapchat facebook
  whatsapp google zoom teams microsoft apple ipad iphone lego pokemon netflix

  `),
]);

/** Words that end a proper noun that is an organisation or a place, not a person. */
const ORGANISATION_WORDS = words(`
  trust foundation hospital school academy college university centre center clinic surgery
  nursery charity society association council house unit ward service services team group
  class club hub project network partnership alliance federation institute church mosque
  library park road street avenue lane close drive way court place grove gardens primary
  secondary infants infant juniors junior high grammar community campus room base forum
  children's practice pharmacy ltd limited cic`);

/** Relations and people a parent writes about just before giving a name. */
const RELATION_CUES = words(`
  son sons daughter daughters child children kid kids boy boys girl girls baby toddler
  brother brothers sister sisters twin twins grandson granddaughter grandchild grandchildren
  nephew niece stepson stepdaughter stepchild husband wife partner friend friends cousin
  ex ex-partner ex-husband ex-wife boyfriend girlfriend
  youngest eldest oldest middle sibling siblings`);

/** Roles that may come just before a (capitalised) name: "our SENCO Sarah". */
const ROLE_CUES = words(`
  teacher ta senco sendco head headteacher worker keyworker paediatrician consultant nurse
  therapist psychologist psychiatrist officer coordinator co-ordinator caseworker
  practitioner mentor assistant advocate manager gp doctor dentist inspector lead tutor
  physio audiologist dietitian visitor chair director`);

/** Words after "X's" that make X a person: "Jake's teacher". */
const POSSESSION_CUES = new Set([
  ...RELATION_CUES,
  ...ROLE_CUES,
  ...words(`
  mum mom dad mother father parents carer carers nan gran grandma grandad auntie uncle
  school class classroom plan ehcp ehc needs diagnosis support behaviour review assessment
  appointment appointments medication taxi transport room bedroom key social care birthday
  progress reading speech sensory anxiety`),
]);

const TITLES = words(`mr mrs ms mx miss dr prof professor sir dame`);
/** Titles that, in lower case, are still certainly titles ("mrs green"). */
const LOWER_CASE_TITLES = words(`mr mrs ms mx`);

/** Given names that are also everyday words; at the start of a sentence they need context. */
const EVERYDAY_WORD_NAMES = words(`
  grant drew mark chase will bill amber angel hope faith grace joy rose ruby jade holly dawn
  penny robin sandy summer autumn sky rob pat sue frank miles max guy art dean gene ray don
  carol eve june april may august brook heather iris lily daisy poppy ivy violet crystal
  hunter mason taylor cole reed wade lane page hazel jasmine sunny precious blessing favour
  miracle leo sonny storm river rain star ash rich rusty buddy bob kit jay dot sage major
  king prince earl duke baron victor justice honey cherry hunter marshall mercy patience`);

/**
 * Given names common in England that compromise's lexicon lacks (checked against
 * compromise 14.14). Everyday words among them are also in EVERYDAY_WORD_NAMES.
 */
const EXTRA_GIVEN_NAMES = words(`
  leo max finley arlo albie hunter hudson jaxon finn jenson callum declan lennon mylo rhys
  sonny ivy freya lily florence sienna poppy maya ruby violet esme arabella imogen holly orla
  summer tilly daisy hafsa amira inaya hania aliyah safa sana hira iqra aleena eman haniya
  umar zayn rayyan haris idris musa dev krish veer priya kavya simran harpreet gurpreet
  jaspreet manpreet kofi kwame kwabena abena chidi chinedu oluwaseun tobi tunde femi tolu
  temi ayodele adebayo chiamaka zuzanna oliwia mateusz katarzyna agnieszka ioana kayden kian
  tayo precious blessing favour miracle alfie-james lacey-mae kenzie kacey kaiden braydon
  brodie lacey ellis-rose nevaeh ayden aiden`);

/** compromise tags that rule a lower-case word out as a name. */
const NON_NAME_TAGS = [
  "Verb",
  "Adjective",
  "Adverb",
  "Preposition",
  "Determiner",
  "Pronoun",
  "Conjunction",
  "Value",
  "Date",
  "Plural",
  "Expression",
  "QuestionWord",
  "Negative",
  "Acronym",
];

const PLACE_TAGS = ["Place", "Organization", "Country", "City", "Region"];

// ---------------------------------------------------------------------------------------
// compromise
// ---------------------------------------------------------------------------------------

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface CompromiseSentence {
  terms: CompromiseTerm[];
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

function lexiconTags(word: string): string[] {
  const entry = lexicon()[word];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

function isGivenNameWord(lower: string): boolean {
  if (EXTRA_GIVEN_NAMES.has(lower)) return true;
  return lexiconTags(lower).some(
    (t) => t === "FirstName" || t === "MaleName" || t === "FemaleName",
  );
}

function isSurnameWord(lower: string): boolean {
  return lexiconTags(lower).includes("LastName");
}

/** A given name that is not also an everyday word: safe to trust in lower case. */
function isUnambiguousGivenName(lower: string): boolean {
  return isGivenNameWord(lower) && !EVERYDAY_WORD_NAMES.has(lower);
}

// ---------------------------------------------------------------------------------------
// Pattern detectors
// ---------------------------------------------------------------------------------------

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  // matchAll clones the expression, so the shared module-level RegExp keeps no state.
  for (const m of text.matchAll(re)) yield m as RegExpExecArray;
}

/** Start and end of capture group `group`, or of the whole match. */
function groupRange(m: RegExpExecArray, group = 0): [number, number] | undefined {
  const range = m.indices?.[group];
  return range ? [range[0], range[1]] : undefined;
}

const TRAILING_PUNCTUATION = /[.,;:!?'"’”)\]}>*]+$/;

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const SPELT_OUT_EMAIL =
  /(?<![\w.])[A-Za-z0-9][\w.+-]*(?:\s+dot\s+[\w+-]+){0,3}\s*(?:\[at\]|\(at\)|\sat\s)\s*(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|btinternet|aol|sky|msn|protonmail|proton|mail)\s*(?:\.|\sdot\s|\[dot\]|\(dot\))\s*(?:com|net|org|co\.uk|co\s*(?:\.|\sdot\s|\[dot\]|\(dot\))\s*uk|uk)\b/gi;

function findEmails(text: string, out: Span[]): void {
  for (const m of matches(EMAIL, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "email" });
  }
  for (const m of matches(SPELT_OUT_EMAIL, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "email" });
  }
}

const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'[\]{}]+/gi;
const TOP_LEVEL_DOMAINS = "com|org|net|uk|io|info|gov|edu|ly|ie|eu|app|biz|scot|wales|london";
const BARE_DOMAIN = new RegExp(
  `(?<![\\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TOP_LEVEL_DOMAINS})(?![\\w-])(?:/[^\\s<>"'\\[\\]{}]*)?`,
  "gi",
);

function findUrls(text: string, out: Span[]): void {
  for (const re of [URL_WITH_SCHEME, BARE_DOMAIN]) {
    for (const m of matches(re, text)) {
      const trimmed = m[0].replace(TRAILING_PUNCTUATION, "");
      if (trimmed.length < 4) continue;
      out.push({ start: m.index, end: m.index + trimmed.length, tag: "url" });
    }
  }
}

const SOCIAL_HANDLE = /(?<![\w@.])@[A-Za-z0-9_]{2,30}(?![\w@])/g;

function findHandles(text: string, out: Span[]): void {
  for (const m of matches(SOCIAL_HANDLE, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "social-handle" });
  }
}

/** A unique pupil number: a letter, eleven digits, a digit or letter; spaces allowed. */
const PUPIL_NUMBER = /(?<![A-Za-z0-9])([A-Za-z])([ -]?)(?:\d[ -]?){11}[0-9A-Za-z](?![A-Za-z0-9])/g;

function findPupilNumbers(text: string, out: Span[]): void {
  for (const m of matches(PUPIL_NUMBER, text)) {
    const letter = m[1] ?? "";
    // "a 123456789012" is an article before a number, not a pupil number; the number
    // is still caught below as a long number.
    if (m[2] === " " && letter === letter.toLowerCase()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "pupil-number" });
  }
}

/** A National Insurance number: QQ 12 34 56 C. */
const NI_NUMBER = /(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/gi;

function findNiNumbers(text: string, out: Span[]): void {
  for (const m of matches(NI_NUMBER, text)) {
    const prefix = m[0].slice(0, 2);
    // In lower case only the unspaced form is distinctive enough ("at 12 34 56 a" is not).
    if (prefix !== prefix.toUpperCase() && /\s/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "ni-number" });
  }
}

/**
 * A run of digits that could be a phone number: an international prefix, a bracketed area
 * code or a leading 0, then digits in groups split by single spaces, dots or dashes. Each
 * repetition consumes a digit, so the expression is linear.
 */
const PHONE_CANDIDATE =
  /(?<![\w+£$€])(?:(?:\+|\b00)[ \u00a0]?44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\(0\d{1,4}\)[ \u00a0]?|\b0)\d(?:(?:[ \u00a0]?[-.][ \u00a0]?|[ \u00a0])?\d){5,12}(?![\d%])/g;

function phoneDigitsAreValid(digits: string, international: boolean): boolean {
  if (international) {
    // +44 then the national number without its leading 0: 9 or 10 digits.
    const national = digits.replace(/^(?:00)?44/, "").replace(/^0/, "");
    return /^[1-9]\d{8,9}$/.test(national);
  }
  if (!digits.startsWith("0") || digits.startsWith("00")) return false;
  if (digits.length === 10 || digits.length === 11) return true;
  // Freephone and short national numbers: 0800 1111 (Childline), 0808 800 5000.
  return /^0(?:800|808|500)\d{4,7}$/.test(digits);
}

function findPhones(text: string, out: Span[]): void {
  for (const m of matches(PHONE_CANDIDATE, text)) {
    const international = /^(?:\+|00)/.test(m[0]);
    // "07700 900123 3 times": drop trailing groups until what is left is a phone number.
    let candidate = m[0];
    for (;;) {
      if (phoneDigitsAreValid(candidate.replace(/\D/g, ""), international)) {
        out.push({ start: m.index, end: m.index + candidate.length, tag: "phone" });
        break;
      }
      const shorter = candidate.replace(/(?:[ \u00a0]?[-.][ \u00a0]?|[ \u00a0])\d+$/, "");
      if (shorter === candidate) break;
      candidate = shorter;
    }
  }
}

/** An NHS number: ten digits, usually 3-3-4, with one kind of separator throughout. */
const NHS_NUMBER = /(?<![\w.,£$€/-])[1-9]\d{2}([ -]?)\d{3}\1\d{4}(?![\w%/]|[.,]\d)/g;

function findNhsNumbers(text: string, out: Span[]): void {
  for (const m of matches(NHS_NUMBER, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "nhs-number" });
  }
}

/** Any other long unbroken run of digits is an identifier of some kind. */
const LONG_NUMBER = /(?<![\w.,£$€])\d{8,}(?![\w%]|[.,]\d)/g;

function findLongNumbers(text: string, out: Span[]): void {
  for (const m of matches(LONG_NUMBER, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "number" });
  }
}

/** A case, patient or other reference given after a cue: "our case ref is EHC/2023/0456". */
const REFERENCE =
  /\b(?:ref(?:erence)?|case|claim|patient|hospital|student|pupil|crn|mrn)\.?(?:[ \u00a0]+(?:no|num|number|id|ref))?\.?(?:[ \u00a0]*(?:is|was|:|-|#))?[ \u00a0]*#?([A-Za-z0-9][A-Za-z0-9/-]{2,30}[A-Za-z0-9])/dgi;

function findReferences(text: string, out: Span[]): void {
  for (const m of matches(REFERENCE, text)) {
    const value = m[1] ?? "";
    const digits = value.replace(/\D/g, "").length;
    if (digits < 3 || digits / value.length < 0.4) continue;
    // "in case 2020 was different": a year is not a reference.
    if (/^(?:19|20)\d{2}$/.test(value)) continue;
    const range = groupRange(m, 1);
    if (range) out.push({ start: range[0], end: range[1], tag: "reference" });
  }
}

/** A full UK postcode, with or without its space, in any case. */
const POSTCODE =
  /(?<![A-Za-z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)[ \u00a0]?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/gi;

/** "postcode LS16": a postcode district, given as one. */
const CUED_POSTCODE_DISTRICT =
  /\bpost[ -]?code(?:[ \u00a0]+is|:)?[ \u00a0]*([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)(?![A-Za-z0-9])/dgi;

function findPostcodes(text: string, out: Span[]): void {
  for (const m of matches(CUED_POSTCODE_DISTRICT, text)) {
    const range = groupRange(m, 1);
    if (range) out.push({ start: range[0], end: range[1], tag: "postcode" });
  }
  for (const m of matches(POSTCODE, text)) {
    const value = m[0];
    // "Y6 2nd", "ks2 3rd": a school year or key stage and an ordinal, not a postcode.
    const ordinal = /\s(?:1st|2nd|3rd|[04-9]th)$/i.test(value);
    if (ordinal && (value !== value.toUpperCase() || /^(?:y|yr|ks)\d/i.test(value))) continue;
    out.push({ start: m.index, end: m.index + value.length, tag: "postcode" });
  }
}

const MONTH_PATTERN =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY_PATTERN = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR_PATTERN = "(?:(?:19|20)\\d{2}|'\\d{2})";

/** 12/03/2015, 12-3-15, 12.03.2015 */
const NUMERIC_DATE = /(?<![\w/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|[.:]\d)/g;
/** 2015-03-12 */
const ISO_DATE = /(?<![\w/.-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w-])/g;
/** 3rd March 2015, 12 March, 3rd of March, 12 Mar '15 */
const DAY_MONTH_DATE = new RegExp(
  `\\b(${DAY_PATTERN})(?:[ \\u00a0]+of)?[ \\u00a0]+(${MONTH_PATTERN})(?![\\w])(\\.?,?[ \\u00a0]+${YEAR_PATTERN}(?![\\w]))?`,
  "gi",
);
/** March 12th 2015, March 12th, March 12, 2015 */
const MONTH_DAY_DATE = new RegExp(
  `\\b(${MONTH_PATTERN})\\.?[ \\u00a0]+(?:the[ \\u00a0]+)?(${DAY_PATTERN})(?![\\w])(,?[ \\u00a0]+${YEAR_PATTERN}(?![\\w]))?`,
  "gi",
);
/** "born on 3 March 2015", "born in 2015", "DOB: March 2015", "date of birth 12/3/15" */
const BIRTH_DATE = new RegExp(
  `\\b(?:born|dob|d\\.o\\.b\\.?|date[ \\u00a0]+of[ \\u00a0]+birth|birthday)(?:[ \\u00a0]*(?:is|was|:|-))?[ \\u00a0]*(?:on[ \\u00a0]+|in[ \\u00a0]+)?(?:the[ \\u00a0]+)?((?:${MONTH_PATTERN}\\.?[ \\u00a0]+)?${YEAR_PATTERN}|${MONTH_PATTERN}(?![\\w])|\\d{1,2}[/.-]\\d{1,2}(?![\\d/.-]))`,
  "dgi",
);

function plausibleDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function findDates(text: string, out: Span[]): void {
  for (const m of matches(NUMERIC_DATE, text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!plausibleDayMonth(a, b) && !plausibleDayMonth(b, a)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(ISO_DATE, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(DAY_MONTH_DATE, text)) {
    const day = m[1] ?? "";
    const month = m[2] ?? "";
    // "he 2 may" is not a date; "2nd May" and "2 May 2015" are.
    if (month === "may" && !m[3] && !/\D/.test(day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(MONTH_DAY_DATE, text)) {
    const month = m[1] ?? "";
    const day = m[2] ?? "";
    const year = m[3];
    // "in June 6 weeks later": without an ordinal or a year, a number after a month is
    // not a day. Lower-case "may 3" is a verb.
    if (!year && !/\D/.test(day)) continue;
    if (month === "may" && !year) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(BIRTH_DATE, text)) {
    const range = groupRange(m, 1);
    if (range) out.push({ start: range[0], end: range[1], tag: "date" });
  }
}

const STREET_TYPES =
  "(?:[Ss]treet|St|[Rr]oad|Rd|[Aa]venue|Ave|[Ll]ane|Ln|[Cc]lose|[Dd]rive|Dr|[Ww]ay|[Cc]rescent|Cres|[Cc]ourt|Ct|[Pp]lace|Pl|[Gg]rove|[Gg]ardens|Gdns|[Tt]errace|Terr|[Ww]alk|[Hh]ill|[Mm]ews|[Rr]ow|[Ss]quare|Sq|[Pp]ark|[Vv]iew|[Rr]ise|[Gg]reen|[Pp]arade|[Vv]ale|[Gg]ate|[Cc]roft|[Ff]old|[Mm]eadows?|[Bb]oulevard|[Ww]harf|[Vv]illas|[Cc]ottages|[Ee]state|[Ww]ay|[Cc]hase|[Bb]rae|[Ww]ynd)";
const STREET_NAME = `(?:[A-Z][\\p{L}'’-]*[ \\u00a0]+){1,3}${STREET_TYPES}(?![\\p{L}])\\.?`;
/** "12 Acacia Avenue", "Flat 3, 45 High Street", "12a-14 Mill Lane" */
const NUMBERED_ADDRESS = new RegExp(
  `(?<![\\w£$€.,])(?:(?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt|[Uu]nit)\\.?[ \\u00a0]*\\d{1,4}[A-Za-z]?,?[ \\u00a0]+)?\\d{1,4}[A-Za-z]?(?:[ \\u00a0]*-[ \\u00a0]*\\d{1,4}[A-Za-z]?)?,?[ \\u00a0]+${STREET_NAME}`,
  "gu",
);
/** "we live on Acacia Avenue", "moved to Mill Lane", "address is Rose Cottages" */
const CUED_STREET = new RegExp(
  `\\b(?:[Ll]ive[sd]?|[Ll]iving|[Mm]ove[sd]?|[Mm]oving|[Aa]ddress(?:[ \\u00a0]+is)?:?)[ \\u00a0]+(?:on|in|at|to|into)?[ \\u00a0]*(?:the[ \\u00a0]+)?(${STREET_NAME})`,
  "dgu",
);
/** "Flat 3" on its own, when no street follows. */
const FLAT_NUMBER = /\b(?:[Ff]lat|FLAT)[ \u00a0]+\d{1,4}[A-Za-z]?\b/g;

function findAddresses(text: string, out: Span[]): void {
  for (const m of matches(NUMBERED_ADDRESS, text)) {
    const value = m[0].replace(/\.$/, "");
    out.push({ start: m.index, end: m.index + value.length, tag: "address" });
  }
  for (const m of matches(CUED_STREET, text)) {
    const range = groupRange(m, 1);
    if (!range) continue;
    const value = text.slice(range[0], range[1]).replace(/\.$/, "");
    out.push({ start: range[0], end: range[0] + value.length, tag: "address" });
  }
  for (const m of matches(FLAT_NUMBER, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "address" });
  }
}

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

interface Token {
  /** Start and end of the word, without a possessive 's. */
  start: number;
  end: number;
  /** End including a possessive 's. */
  outerEnd: number;
  text: string;
  lower: string;
  possessive: boolean;
  capitalised: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  tags: Set<string>;
  person: boolean;
  /** Part of one of our own tags, such as the "name" in "[name]". */
  placeholder: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;

/** Our own placeholders, so that redacting stored text again leaves it alone. */
const PLACEHOLDER = new RegExp(
  Object.values(redactionLabels)
    .map((label) => label.replace(/[[\]]/g, "\\$&"))
    .join("|"),
  "g",
);

function tokenise(text: string): Token[] {
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length]);
  const tokens: Token[] = [];
  for (const m of matches(WORD, text)) {
    let raw = m[0].replace(/['’-]+$/, "");
    let possessive = false;
    if (/['’]s$/i.test(raw) && raw.length > 2) {
      raw = raw.slice(0, -2);
      possessive = true;
    }
    const start = m.index;
    const end = start + raw.length;
    const outerEnd = possessive ? end + 2 : end;
    const first = raw.charAt(0);
    const isUpper = first !== first.toLowerCase() && first === first.toUpperCase();
    const letters = raw.replace(/[^\p{L}]/gu, "");
    const allCaps =
      letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    tokens.push({
      start,
      end,
      outerEnd,
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      possessive,
      capitalised: isUpper && !allCaps,
      allCaps,
      sentenceStart: isSentenceStart(text, start),
      tags: new Set(),
      person: false,
      placeholder: placeholders.some(([from = 0, to = 0]) => from < start && end < to),
    });
  }
  return tokens;
}

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"“‘'([*•]/.test(text.charAt(i))) {
    if (text.charAt(i) === "\n") return true;
    i--;
  }
  // Urdu and Arabic end sentences with ۔ and ؟ (and ؛), and comments mix scripts.
  return i < 0 || /[.!?:;\-–—۔؟؛]/.test(text.charAt(i));
}

/** Attach compromise's tags, and whether it thinks a word is part of a person's name. */
function tagWithCompromise(text: string, tokens: Token[]): void {
  if (tokens.length === 0) return;
  const byStart = new Map<number, Token>();
  for (const t of tokens) byStart.set(t.start, t);
  const tokenAt = (offset: number): Token | undefined => {
    const direct = byStart.get(offset);
    if (direct) return direct;
    // A compromise term can start inside one of our words: find the last word starting at
    // or before it (tokens are in text order).
    let low = 0;
    let high = tokens.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((tokens[mid]?.start ?? Infinity) <= offset) low = mid;
      else high = mid - 1;
    }
    const candidate = tokens[low];
    return candidate && candidate.start <= offset && offset < candidate.outerEnd
      ? candidate
      : undefined;
  };
  let doc;
  try {
    doc = nlp(text);
  } catch {
    // compromise failing on odd input must not stop a comment being stored; the
    // rule-based checks below still run.
    return;
  }
  const sentences = doc.json({ offset: true }) as CompromiseSentence[];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const token = tokenAt(term.offset.start);
      if (token) for (const tag of term.tags) token.tags.add(tag);
    }
  }
  const people = doc.people().json({ offset: true }) as CompromiseSentence[];
  for (const person of people) {
    for (const term of person.terms) {
      if (term.tags.includes("Honorific")) continue;
      const token = tokenAt(term.offset.start);
      if (token) token.person = true;
    }
  }
}

function hasAnyTag(token: Token, tags: readonly string[]): boolean {
  return tags.some((t) => token.tags.has(t));
}

function isNeverName(token: Token): boolean {
  return (
    token.placeholder || NEVER_NAMES.has(token.lower) || token.allCaps || /\d/.test(token.text)
  );
}

/** Could this capitalised word be (part of) a name? */
function capitalisedCandidate(token: Token | undefined): boolean {
  return !!token && token.capitalised && !isNeverName(token);
}

/** After "Mrs", almost any capitalised word is a surname: "Mrs Green", "Mr Hill", "Mrs May". */
function titleCandidate(token: Token | undefined): boolean {
  return (
    !!token &&
    !token.placeholder &&
    (token.capitalised || token.allCaps || /^\p{Lu}$/u.test(token.text)) &&
    !FUNCTION_WORDS.has(token.lower) &&
    !/\d/.test(token.text)
  );
}

/** A word that, without a cue, is more likely a place than a person: "Milton Keynes". */
function isPlaceName(token: Token): boolean {
  return PLACE_NAMES.has(token.lower) || hasAnyTag(token, PLACE_TAGS);
}

/** "told", "loves", "is", "can't": a verb with a tense, not "funding" or "go". */
function isFiniteVerb(token: Token): boolean {
  return (
    token.tags.has("Verb") &&
    !hasAnyTag(token, ["Infinitive", "Gerund"]) &&
    hasAnyTag(token, ["PresentTense", "PastTense", "Copula", "Modal", "Auxiliary"])
  );
}

/** A lower-case word that compromise sees only as a singular noun. */
function isPlainNoun(token: Token): boolean {
  return (
    token.tags.has("Noun") &&
    !hasAnyTag(token, NON_NAME_TAGS) &&
    !/(?:ing|ed|ly)$/.test(token.lower) &&
    token.lower.length > 1
  );
}

type LowerCaseCue = "relation" | "named" | "called" | "title" | "doctor";

function lowerCaseNameAfterCue(token: Token | undefined, cue: LowerCaseCue): boolean {
  if (!token || token.placeholder || token.capitalised || token.allCaps) return false;
  if (/\d/.test(token.text)) return false;
  if (cue !== "title" && isNeverName(token)) return false;
  switch (cue) {
    case "called":
      return isUnambiguousGivenName(token.lower);
    case "doctor":
      // "dr appointment" is not a name; "dr patel" is.
      return isUnambiguousGivenName(token.lower) || isSurnameWord(token.lower);
    case "relation":
      return (
        isUnambiguousGivenName(token.lower) ||
        (lexiconTags(token.lower).length === 0 && isPlainNoun(token))
      );
    case "named":
      return isGivenNameWord(token.lower) || isPlainNoun(token);
    case "title":
      return (
        isSurnameWord(token.lower) ||
        isGivenNameWord(token.lower) ||
        (!FUNCTION_WORDS.has(token.lower) &&
          !hasAnyTag(token, [
            "Verb",
            "Preposition",
            "Determiner",
            "Pronoun",
            "Conjunction",
            "Adverb",
            "Value",
          ]))
      );
  }
}

/** Only spaces (and at most one comma or bracket) between two words. */
function closeTogether(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]*[,(]?[ \u00a0]*$/.test(text.slice(a.outerEnd, b.start)) && b.start > a.end;
}

/** Only spaces between two words. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return !a.possessive && /^[ \u00a0]+$/.test(text.slice(a.outerEnd, b.start));
}

function isOrganisationAhead(text: string, tokens: Token[], i: number): boolean {
  // "Mary Hare School", "Grace Academy", "Robin class": a proper noun for a place.
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const prev = tokens[k - 1];
    const next = tokens[k];
    if (!prev || !next || !adjacent(text, prev, next)) return false;
    if (ORGANISATION_WORDS.has(next.lower)) return true;
    if (!next.capitalised) return false;
  }
  return false;
}

/** Endings of English words (not names) that compromise's lexicon may lack. */
const COMMON_WORD_ENDING =
  /(?:ing|ion|ions|ment|ments|ity|ness|ics|ogy|ism|ist|ists|ive|ary|ery|ory|ance|ence|able|ible|ful|less|ous|ship|hood|ies)$/;

function findNames(text: string, out: Span[]): void {
  const tokens = tokenise(text);
  // compromise only matters if a name could be present: a capitalised word that is not
  // always safe, or a cue word. Most comments have one, but many short ones do not.
  const needsTagging = tokens.some(
    (t) =>
      ((t.capitalised || t.allCaps) && !NEVER_NAMES.has(t.lower)) ||
      RELATION_CUES.has(t.lower) ||
      TITLES.has(t.lower) ||
      t.lower === "called" ||
      t.lower === "calls" ||
      t.lower === "call" ||
      t.lower === "named" ||
      t.lower === "nicknamed" ||
      t.lower === "name" ||
      t.lower === "known" ||
      t.lower === "goes",
  );
  if (!needsTagging) return;
  tagWithCompromise(text, tokens);

  const marked = new Set<number>();
  const mark = (i: number) => marked.add(i);

  /** After a name at i, take a capitalised surname ("Sarah Jones") and return its index. */
  const extendSurname = (i: number): number => {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || !adjacent(text, token, next)) return i;
    if (capitalisedCandidate(next) && !ORGANISATION_WORDS.has(next.lower)) {
      mark(i + 1);
      return i + 1;
    }
    if (!token.capitalised && !next.capitalised && isSurnameWord(next.lower)) {
      mark(i + 1);
      return i + 1;
    }
    return i;
  };

  /** After a name at i, take ", Name" and "and Name" that follow ("Jack, Sophie and Ali"). */
  const extendList = (i: number, cue: LowerCaseCue): void => {
    let last = i;
    for (;;) {
      const joiner = tokens[last + 1];
      let k = last + 1;
      if (joiner && (joiner.lower === "and" || joiner.lower === "or")) k = last + 2;
      else if (
        !/^[ \u00a0]*[,&][ \u00a0]*$/.test(
          text.slice(tokens[last]?.outerEnd ?? 0, joiner?.start ?? 0),
        )
      )
        return;
      const candidate = tokens[k];
      if (!candidate) return;
      if (
        !(capitalisedCandidate(candidate) && !isOrganisationAhead(text, tokens, k - 1)) &&
        !lowerCaseNameAfterCue(candidate, cue === "named" ? "named" : "called")
      )
        return;
      mark(k);
      last = extendSurname(k);
    }
  };

  const nameAfterCue = (k: number, cue: LowerCaseCue, allowLower = true): boolean => {
    const candidate = tokens[k];
    const before = tokens[k - 1];
    if (!candidate || !before || marked.has(k) || !closeTogether(text, before, candidate))
      return false;
    if (capitalisedCandidate(candidate)) {
      if (isOrganisationAhead(text, tokens, k - 1) || hasAnyTag(candidate, PLACE_TAGS)) {
        return false;
      }
    } else if (!allowLower || !lowerCaseNameAfterCue(candidate, cue)) {
      return false;
    }
    mark(k);
    const last = extendSurname(k);
    extendList(last, cue);
    return true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || token.placeholder) continue;
    const gapOk =
      closeTogether(text, token, next) ||
      /^\.[ \u00a0]+$/.test(text.slice(token.outerEnd, next.start));

    // Mr Smith, Mrs O'Brien, Dr Patel, mrs green
    if (TITLES.has(token.lower) && gapOk && !token.possessive) {
      if (titleCandidate(next)) {
        mark(i + 1);
        extendSurname(i + 1);
      } else if (LOWER_CASE_TITLES.has(token.lower) || token.lower === "dr") {
        nameAfterCue(i + 1, token.lower === "dr" ? "doctor" : "title");
      }
      continue;
    }

    // my son Jack, my daughter amelia-rose, our twins Ali and Zara
    if (RELATION_CUES.has(token.lower) && !token.possessive && closeTogether(text, token, next)) {
      if (!nameAfterCue(i + 1, "relation")) {
        // "my son max loves lego": an everyday word that is also a name, then a verb.
        const after = tokens[i + 2];
        if (
          !next.capitalised &&
          isGivenNameWord(next.lower) &&
          !FUNCTION_WORDS.has(next.lower) &&
          after &&
          adjacent(text, next, after) &&
          isFiniteVerb(after)
        ) {
          mark(i + 1);
        }
      }
      continue;
    }

    // called Sarah, named Oliver, his name is Tom, known as Bob, goes by Alex
    if (
      (token.lower === "called" || token.lower === "nicknamed") &&
      closeTogether(text, token, next)
    ) {
      nameAfterCue(i + 1, "called");
      continue;
    }
    if (token.lower === "named" && closeTogether(text, token, next)) {
      nameAfterCue(i + 1, "named");
      continue;
    }
    if (token.lower === "name" && token.possessive && closeTogether(text, token, next)) {
      nameAfterCue(i + 1, "named");
      continue;
    }
    if (
      (token.lower === "name" || token.lower === "names") &&
      ["is", "was", "are", "were"].includes(next.lower)
    ) {
      nameAfterCue(i + 2, "named");
      continue;
    }
    if (
      (token.lower === "known" && next.lower === "as") ||
      (token.lower === "goes" && next.lower === "by") ||
      (["calls", "called", "call"].includes(token.lower) &&
        ["himself", "herself", "themselves", "themself", "him", "her", "them"].includes(next.lower))
    ) {
      nameAfterCue(i + 2, "named");
      continue;
    }

    // our SENCO Sarah, the paediatrician Dr … (titles handled above)
    if (ROLE_CUES.has(token.lower) && !token.possessive && closeTogether(text, token, next)) {
      nameAfterCue(i + 1, "called", false);
      continue;
    }
  }

  // Jake's teacher, Amira's EHCP
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i) || !token.possessive || !capitalisedCandidate(token)) continue;
    const prev = tokens[i - 1];
    if (prev && (prev.lower === "st" || prev.lower === "saint")) continue;
    const next = tokens[i + 1];
    const followedByCue = !!next && POSSESSION_CUES.has(next.lower);
    if (followedByCue || ((isGivenNameWord(token.lower) || token.person) && !isPlaceName(token)))
      mark(i);
  }

  // Known given names and the people compromise finds.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || marked.has(i)) continue;
    if (
      token.allCaps &&
      isUnambiguousGivenName(token.lower) &&
      !NEVER_NAMES.has(token.lower) &&
      !PLACE_NAMES.has(token.lower)
    ) {
      // "JACK HAS BEEN WAITING": shouting, or a name typed in capitals.
      mark(i);
      continue;
    }
    if (!capitalisedCandidate(token)) {
      // compromise also finds names in lower-case text ("jack smith is my son"); trust it
      // only for words its lexicon lists as given names.
      if (
        token.person &&
        !isNeverName(token) &&
        !/\d/.test(token.text) &&
        isUnambiguousGivenName(token.lower)
      ) {
        mark(i);
        extendSurname(i);
      }
      continue;
    }
    const known = isGivenNameWord(token.lower);
    if (!known && !token.person) continue;
    if (PLACE_NAMES.has(token.lower) || (hasAnyTag(token, PLACE_TAGS) && !known)) continue;
    if (isOrganisationAhead(text, tokens, i)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && (prev.lower === "st" || prev.lower === "saint")) continue;
    const everyday = EVERYDAY_WORD_NAMES.has(token.lower) || !known;
    if (everyday && token.sentenceStart) {
      // "Grant funding stopped.", "Drew pictures all day." — at the start of a sentence
      // such a word is a name only when a verb follows it: "Amber told us".
      const verbNext = !!next && adjacent(text, token, next) && isFiniteVerb(next);
      const pairNext = !!next && adjacent(text, token, next) && capitalisedCandidate(next);
      if (!(verbNext || token.possessive || (pairNext && token.person))) continue;
    } else if (
      everyday &&
      prev &&
      adjacent(text, prev, token) &&
      prev.capitalised &&
      !prev.sentenceStart &&
      !marked.has(i - 1)
    ) {
      // "the Disabled Facilities Grant": part of a longer proper noun.
      continue;
    }
    mark(i);
    extendSurname(i);
  }

  // "Will has ADHD", "and Will said no": the modal verb is never followed by a finite verb.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || marked.has(i) || token.text !== "Will" || !adjacent(text, token, next))
      continue;
    if (isFiniteVerb(next) && !next.tags.has("Modal")) mark(i);
  }

  // Two capitalised words that are not dictionary words: "Kwabena Mensah".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a || !b || marked.has(i) || marked.has(i + 1)) continue;
    if (!capitalisedCandidate(a) || !capitalisedCandidate(b) || !adjacent(text, a, b)) continue;
    if (!unknownOrName(a) || !unknownOrName(b)) continue;
    if (isPlaceName(a) || isPlaceName(b)) continue;
    if (isOrganisationAhead(text, tokens, i + 1)) continue;
    mark(i);
    mark(i + 1);
  }

  // "Nasra Abdi Hassan": an unknown capitalised word just before a name is part of it.
  for (const i of [...marked].sort((x, y) => y - x)) {
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const before = tokens[k];
      const after = tokens[k + 1];
      if (!before || !after || marked.has(k) || !marked.has(k + 1)) break;
      if (!adjacent(text, before, after) || !capitalisedCandidate(before)) break;
      if (!unknownOrName(before) || isPlaceName(before)) break;
      mark(k);
    }
  }

  // "Holly and Ivy", "Ruby, Max and Ali": a given name listed with a name is a name.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || marked.has(i) || !isGivenNameWord(token.lower)) continue;
      if (!(token.capitalised || token.allCaps) || NEVER_NAMES.has(token.lower)) continue;
      const listedWith = (k: number, joinerAt: number): boolean => {
        const joiner = tokens[joinerAt];
        const other = tokens[k];
        if (!other || !marked.has(k)) return false;
        const [left, right] = k < i ? [other, token] : [token, other];
        const between = text.slice(left.outerEnd, right.start);
        return (
          /^[ \u00a0]*[,&][ \u00a0]*$/.test(between) ||
          (!!joiner &&
            (joiner.lower === "and" || joiner.lower === "or") &&
            /^[ \u00a0]+(?:and|or)[ \u00a0]+$/i.test(between))
        );
      };
      if (
        listedWith(i + 1, i + 1) ||
        listedWith(i + 2, i + 1) ||
        listedWith(i - 1, i - 1) ||
        listedWith(i - 2, i - 1)
      ) {
        mark(i);
      }
    }
  }

  for (const i of marked) {
    const token = tokens[i];
    if (token) out.push({ start: token.start, end: token.end, tag: "name" });
  }
}

/** A capitalised word that could be a name: a known name, or no dictionary word at all. */
function unknownOrName(token: Token): boolean {
  return (
    isGivenNameWord(token.lower) ||
    isSurnameWord(token.lower) ||
    (lexiconTags(token.lower).every((tag) => tag === "ProperNoun" || tag === "Person") &&
      !hasAnyTag(token, NON_NAME_TAGS) &&
      !COMMON_WORD_ENDING.test(token.lower))
  );
}

// ---------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------

/** Detectors in priority order: an earlier one wins where two overlap. */
const DETECTORS: ReadonlyArray<(text: string, out: Span[]) => void> = [
  findEmails,
  findUrls,
  findHandles,
  findPupilNumbers,
  findNiNumbers,
  findPhones,
  findNhsNumbers,
  findDates,
  findReferences,
  findLongNumbers,
  findPostcodes,
  findAddresses,
  findNames,
];

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Replace every identifier in `text` with a tag and list the kinds replaced (one entry per
 * replacement, in text order). Pure: no I/O, no logging.
 */
export function redactFreeText(text: string): RedactionResult {
  if (!text || !/[\p{L}\p{N}@]/u.test(text)) return { text, found: [] };

  const accepted: Span[] = [];
  for (const detect of DETECTORS) {
    const proposed: Span[] = [];
    detect(text, proposed);
    proposed.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const span of proposed) {
      if (span.end <= span.start) continue;
      if (accepted.some((s) => overlaps(s, span))) continue;
      accepted.push(span);
    }
  }
  accepted.sort((a, b) => a.start - b.start);

  // "Sarah Jones" is one name, not two: merge same-kind spans split only by spaces.
  const merged: Span[] = [];
  for (const span of accepted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.tag === span.tag &&
      span.tag === "name" &&
      /^[ \u00a0]+$/.test(text.slice(last.end, span.start))
    ) {
      last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }

  let output = "";
  let cursor = 0;
  const found: RedactionTag[] = [];
  for (const span of merged) {
    output += text.slice(cursor, span.start) + redactionLabels[span.tag];
    cursor = span.end;
    found.push(span.tag);
  }
  output += text.slice(cursor);
  return { text: output, found };
}
