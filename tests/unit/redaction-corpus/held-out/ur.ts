import type { CorpusComment } from "../types";

/** Held-out Urdu comments (with some Roman Urdu), written independently of the rules and the first corpus. */
export const corpus: CorpusComment[] = [
  {
    text: "ہم نے آٹزم کی تشخیص کے لیے تقریباً 18 مہینے انتظار کیا۔ کسی نے نہیں بتایا کہ اس دوران کیا کریں۔ ہم بالکل اکیلے محسوس کرتے تھے۔",
    identifiers: [],
    keep: ["آٹزم", "تشخیص", "18 مہینے", "اکیلے"],
  },
  {
    text: "میرا بیٹا حمزہ 9 سال کا ہے اور اسکول میں اسے کوئی مدد نہیں ملتی، حالانکہ اس کا EHCP دو سال سے بنا ہوا ہے۔",
    identifiers: [
      { kind: "name", value: "حمزہ" },
      { kind: "age", value: "9 سال" },
    ],
    keep: ["میرا بیٹا", "کوئی مدد نہیں", "EHCP", "دو سال سے"],
  },
  {
    text: "مسز چوہدری، جو Oakwood Primary میں SENCo ہیں، واحد انسان تھیں جنہوں نے واقعی ہماری بات سنی۔",
    identifiers: [
      { kind: "name", value: "چوہدری" },
      { kind: "setting", value: "Oakwood Primary" },
    ],
    keep: ["SENCo", "ہماری بات سنی"],
  },
  {
    text: "براہ کرم مجھے ۰۷۹۱۱ ۲۳۴ ۵۶۷ پر فون کریں۔ میں نور کی اسپیچ تھراپی کے بارے میں مزید بتا سکتی ہوں۔",
    identifiers: [
      { kind: "phone", value: "۰۷۹۱۱ ۲۳۴ ۵۶۷" },
      { kind: "name", value: "نور" },
    ],
    keep: ["براہ کرم", "فون کریں", "اسپیچ تھراپی"],
  },
  {
    text: "میں نے کونسل میں اکرم صاحب سے کئی بار بات کی لیکن عمر کا پلان ابھی تک تیار نہیں ہوا۔ کیس نمبر: SEN-0047821",
    identifiers: [
      { kind: "name", value: "اکرم" },
      { kind: "name", value: "عمر" },
      { kind: "reference", value: "SEN-0047821" },
    ],
    keep: ["کونسل", "کئی بار", "پلان", "تیار نہیں", "کیس نمبر"],
  },
  {
    text: "مجھے بریک ٹائم اچھا نہیں لگتا کیونکہ بہت شور ہوتا ہے۔ میں لائبریری میں ٹیچنگ اسسٹنٹ کے ساتھ بیٹھنا پسند کرتا ہوں۔",
    identifiers: [],
    keep: ["بریک ٹائم", "بہت شور", "لائبریری", "ٹیچنگ اسسٹنٹ"],
  },
  {
    text: "میری بیٹی صبا کو ڈاؤن سنڈروم ہے۔ ہمارا پتہ 88 Stratford Road, Birmingham B11 1AN ہے اور اسکول ٹرانسپورٹ ہمیشہ دیر سے آتی ہے۔",
    identifiers: [
      { kind: "name", value: "صبا" },
      { kind: "address", value: "88 Stratford Road" },
      { kind: "postcode", value: "B11 1AN" },
    ],
    keep: ["میری بیٹی", "ڈاؤن سنڈروم", "اسکول ٹرانسپورٹ", "دیر سے"],
  },
  {
    text: "ڈاکٹر قریشی نے ۱۲ مارچ ۲۰۲۴ کو ہمیں CAMHS بھیجا تھا، اس کے بعد سے کچھ نہیں ہوا۔ زینب کا NHS نمبر 628 194 8211 ہے۔",
    identifiers: [
      { kind: "name", value: "قریشی" },
      { kind: "date", value: "۱۲ مارچ ۲۰۲۴" },
      { kind: "name", value: "زینب" },
      { kind: "nhs-number", value: "628 194 8211" },
    ],
    keep: ["ڈاکٹر", "CAMHS", "کچھ نہیں ہوا"],
  },
  {
    text: "رضوانہ باجی روز علی کو اسکول سے لاتی ہیں کیونکہ میں شفٹوں میں کام کرتا ہوں۔ اسکول صرف مجھے فون کرتا ہے، انہیں کبھی نہیں۔",
    identifiers: [
      { kind: "name", value: "رضوانہ" },
      { kind: "name", value: "علی" },
    ],
    keep: ["روز", "شفٹوں میں", "صرف مجھے"],
  },
  {
    text: "Mera beta Zain ADHD aur autism ke saath hai, lekin school assessment nahi kar raha. Main ne unko email kiya tha shazia.malik＠hotmail.co.uk par, koi jawab nahi aya.",
    identifiers: [
      { kind: "name", value: "Zain" },
      { kind: "email", value: "shazia.malik＠hotmail.co.uk" },
    ],
    keep: ["Mera beta", "ADHD", "autism", "assessment", "koi jawab nahi"],
  },
  {
    text: "annual review میں والدین کی بات نہیں سنی جاتی۔ ہر سال وہی اہداف کاپی کر دیے جاتے ہیں اور سیکشن F والی مدد کبھی نہیں ملتی۔",
    identifiers: [],
    keep: ["annual review", "والدین", "اہداف", "سیکشن F"],
  },
  {
    text: "AYESHA KHAN جو Year 8 میں ہے، دو سال سے اسپیشل اسکول میں جگہ کا انتظار کر رہی ہے۔ یہ بہت زیادتی ہے۔",
    identifiers: [
      { kind: "name", value: "AYESHA KHAN" },
      { kind: "age", value: "Year 8" },
    ],
    keep: ["دو سال سے", "اسپیشل اسکول", "انتظار", "زیادتی"],
  },
  {
    text: "لوکل آفر کی معلومات bradford.gov.uk/localoffer پر ہیں مگر اردو میں کچھ نہیں۔ میں نے سپورٹ گروپ والی فرحانہ آپا کو بھی دکھایا، انہیں بھی کچھ نہیں ملا۔",
    identifiers: [
      { kind: "url", value: "bradford.gov.uk/localoffer" },
      { kind: "name", value: "فرحانہ" },
    ],
    keep: ["لوکل آفر", "اردو میں", "سپورٹ گروپ"],
  },
  {
    text: "مریم (8 سال) نئی کلاس میں بہت خوش ہے، اور اس کی TA مس سارہ بہت اچھی ہیں۔",
    identifiers: [
      { kind: "name", value: "مریم" },
      { kind: "age", value: "8 سال" },
      { kind: "name", value: "سارہ" },
    ],
    keep: ["نئی کلاس", "بہت خوش", "TA", "بہت اچھی"],
  },
  {
    text: "ریسپائٹ کی سہولت اچھی ہے لیکن مہینے میں صرف 6 گھنٹے کافی نہیں، خاص طور پر گرمیوں کی چھٹیوں میں۔",
    identifiers: [],
    keep: ["ریسپائٹ", "6 گھنٹے", "کافی نہیں", "گرمیوں کی چھٹیوں"],
  },
  {
    text: "مترجم نہیں آیا تو میرے شوہر عمران نے ترجمہ کیا۔ رابطہ: 0161 496 0329 یا imran.butt ایٹ gmail ڈاٹ com",
    identifiers: [
      { kind: "name", value: "عمران" },
      { kind: "phone", value: "0161 496 0329" },
      { kind: "email", value: "imran.butt ایٹ gmail ڈاٹ com" },
    ],
    keep: ["مترجم", "میرے شوہر", "ترجمہ", "رابطہ"],
  },
  {
    text: "میں دانیال کی امی ہوں۔ دانیال 15 سال کا ہے، وہیل چیئر استعمال کرتا ہے اور اسکول کی لفٹ اکثر خراب رہتی ہے۔ اس عمر میں بچے کو اتنی پریشانی نہیں ہونی چاہیے۔",
    identifiers: [
      { kind: "name", value: "دانیال" },
      { kind: "age", value: "15 سال" },
    ],
    keep: ["امی", "وہیل چیئر", "لفٹ", "خراب", "اس عمر میں"],
  },
  {
    text: "ایک پریکٹیشنر کے طور پر میں دیکھتی ہوں کہ خاندان ہمت ہار جاتے ہیں۔ EHCP کے لیے ٹریبونل واحد راستہ نہیں ہونا چاہیے۔",
    identifiers: [],
    keep: ["پریکٹیشنر", "ہمت ہار", "EHCP", "ٹریبونل"],
  },
  {
    text: "Shukriya Miss Kaur aur Sunshine Nursery walon ka, unhon ne Haniya ki mushkilat bohat jaldi pakar lin. Khushi hai ke kisi ne to suna.",
    identifiers: [
      { kind: "name", value: "Kaur" },
      { kind: "setting", value: "Sunshine Nursery" },
      { kind: "name", value: "Haniya" },
    ],
    keep: ["Shukriya", "mushkilat", "bohat jaldi", "Khushi hai"],
  },
  {
    text: "طاہرہ اور آصف اقبال — ہمارے بیٹے کو اس ٹرم میں 3 بار اسکول سے نکالا گیا۔ ہم نے ۲ اکتوبر کو خط لکھا، کوئی جواب نہیں آیا۔ فون: +۴۴ ۷۸۴۵ ۳۳۰ ۲۱۴",
    identifiers: [
      { kind: "name", value: "طاہرہ" },
      { kind: "name", value: "آصف اقبال" },
      { kind: "date", value: "۲ اکتوبر" },
      { kind: "phone", value: "+۴۴ ۷۸۴۵ ۳۳۰ ۲۱۴" },
    ],
    keep: ["ہمارے بیٹے", "3 بار", "خط لکھا", "کوئی جواب نہیں"],
  },
];
