/**
 * Dates that could single a child out: numeric dates, a day and a month (in any of the
 * surveys' languages, with or without a year), and any date given as a birth date. They read
 * the folded text, so dates in Arabic-Indic, Urdu or Bengali digits are found too.
 */
import { type DetectorInput, type Span, groupRange, matches } from "./spans";

/** Month names as written in each language; Polish and Romanian in every case form. */
const MONTHS_BY_LANGUAGE = {
  en: "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
  pl: "stycz(?:eń|en|nia|niu)|lut(?:y|ego|ym)|mar(?:zec|ca|cu)|kwie(?:cień|cien|tnia|tniu)|maj(?:a|u)?|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|ien|nia|niu)|wrze(?:sień|sien|śnia|snia|śniu|sniu)|październik(?:a|u)?|pazdziernik(?:a|u)?|listopad(?:a|zie)?|grud(?:zień|zien|nia|niu)",
  ro: "ian(?:uarie)?|feb(?:ruarie)?|mart(?:ie)?|apr(?:ilie)?|mai|iun(?:ie)?|iul(?:ie)?|aug(?:ust)?|sept(?:embrie)?|oct(?:ombrie)?|noi(?:embrie)?|dec(?:embrie)?",
  ur: "جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر",
  ar: "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول",
  bn: "জানুয়ারি|জানুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|অগাস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর",
} as const;

const MONTH_PATTERN = `(?:${Object.values(MONTHS_BY_LANGUAGE).join("|")})`;
const NOT_LETTER = "(?![\\p{L}\\p{M}])";
const DAY_PATTERN = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|-?(?:go|ego|lea)|ই|শে|লা|রা|ঠা)?";
const YEAR_PATTERN = "(?:(?:19|20)\\d{2}|'\\d{2})";
const SPACE = "[ \\u00a0]";

/** 12/03/2015, 12-3-15, 12.03.2015 */
const NUMERIC_DATE = /(?<![\w/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|[.:]\d)/g;
/** 2015-03-12, 2015/03/12 */
const ISO_DATE =
  /(?<![\w/.-])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\w-])/g;
/** 3rd March 2015, 12 March, 3rd of March, 3 maja 2015, 12 martie, ١٢ مارس */
const DAY_MONTH_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${DAY_PATTERN})(?:${SPACE}+(?:of|de))?${SPACE}+(${MONTH_PATTERN})${NOT_LETTER}(\\.?,?${SPACE}+(?:r\\.${SPACE}*)?${YEAR_PATTERN}(?![\\w]))?`,
  "giu",
);
/** March 12th 2015, March 12th, March 12, 2015 */
const MONTH_DAY_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH_PATTERN})\\.?${SPACE}+(?:the${SPACE}+)?(${DAY_PATTERN})(?![\\w])(,?${SPACE}+${YEAR_PATTERN}(?![\\w]))?`,
  "giu",
);

/** Words that give a birth date, in each language. */
const BIRTH_CUES = [
  "born|dob|d\\.o\\.b\\.?|date" + SPACE + "+of" + SPACE + "+birth|birthday",
  "urodzi(?:ł|l|ła|la)(?:" + SPACE + "+si[eę])?|ur\\.|data" + SPACE + "+urodzenia|urodziny",
  "n[aă]scut[aă]?|data" + SPACE + "+na[sș]terii|ziua" + SPACE + "+de" + SPACE + "+na[sș]tere",
  "پیدا(?:ئش)?|تاریخ" + SPACE + "+پیدائش|سالگرہ",
  "وُ?لد(?:ت)?|تاريخ" + SPACE + "+الميلاد|مواليد|عيد" + SPACE + "+ميلاد(?:ه|ها)?",
  "জন্ম(?:তারিখ|দিন)?",
].join("|");
const BIRTH_DATE = new RegExp(
  `(?<![\\p{L}])(?:${BIRTH_CUES})(?:${SPACE}*(?:is|was|:|-|w|în|in|on|في|میں|হয়েছে|ہوا|ہوئی))*${SPACE}*(?:the${SPACE}+)?((?:${MONTH_PATTERN}\\.?${SPACE}+)?${YEAR_PATTERN}|${MONTH_PATTERN}${NOT_LETTER}|\\d{1,2}[/.-]\\d{1,2}(?![\\d/.-]))`,
  "dgiu",
);

function plausibleDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

export function findDates({ folded }: DetectorInput, out: Span[]): void {
  for (const m of matches(NUMERIC_DATE, folded)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!plausibleDayMonth(a, b) && !plausibleDayMonth(b, a)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(ISO_DATE, folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(DAY_MONTH_DATE, folded)) {
    const day = m[1] ?? "";
    const month = m[2] ?? "";
    // "he 2 may" is not a date; "2nd May", "2 May 2015" and "2 maja" are. Neither is
    // "3 mai" ("3 more" in Romanian) without a year, nor "5 mar" in lower case.
    if (["may", "mai", "mar", "maj"].includes(month) && !m[3] && !/\D/.test(day)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(MONTH_DAY_DATE, folded)) {
    const month = m[1] ?? "";
    const day = m[2] ?? "";
    const year = m[3];
    // "in June 6 weeks later": without an ordinal or a year, a number after a month is
    // not a day. Lower-case "may 3" is a verb.
    if (!year && !/\D/.test(day)) continue;
    if ((month === "may" || month === "mai") && !year) continue;
    out.push({ start: m.index, end: m.index + m[0].length, tag: "date" });
  }
  for (const m of matches(BIRTH_DATE, folded)) {
    const range = groupRange(m, 1);
    if (range) out.push({ start: range[0], end: range[1], tag: "date" });
  }
}
