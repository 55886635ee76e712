import type { CorpusComment } from "../types";

/** Held-out Arabic comments (MSA and light Levantine/Egyptian dialect), written independently of the rules and the first corpus. */
export const corpus: CorpusComment[] = [
  {
    text: "انتظرنا تشخيص التوحد قرابة 18 شهرًا، ولم يخبرنا أحد بما يجب فعله في هذه الفترة. شعرنا بالوحدة التامة.",
    identifiers: [],
    keep: ["تشخيص التوحد", "18 شهرًا", "بالوحدة التامة"],
  },
  {
    text: "ابني يوسف عمره ١٠ سنوات ولا يحصل على أي دعم في المدرسة رغم أن لديه خطة EHCP منذ سنتين.",
    identifiers: [
      { kind: "name", value: "يوسف" },
      { kind: "age", value: "١٠ سنوات" },
    ],
    keep: ["ابني", "دعم", "المدرسة", "EHCP", "منذ سنتين"],
  },
  {
    text: "الأستاذة سميرة، منسقة الاحتياجات الخاصة في مدرسة Park View، كانت الوحيدة التي استمعت إلينا فعلًا.",
    identifiers: [
      { kind: "name", value: "سميرة" },
      { kind: "setting", value: "Park View" },
    ],
    keep: ["الأستاذة", "منسقة الاحتياجات الخاصة", "استمعت إلينا"],
  },
  {
    text: "أرجو الاتصال بي على ٠٧٩٥٦ ٤٤٣ ٢١٠ بعد الساعة الخامسة، وأستطيع أن أحكي أكثر عن جلسات علاج النطق لأمل.",
    identifiers: [
      { kind: "phone", value: "٠٧٩٥٦ ٤٤٣ ٢١٠" },
      { kind: "name", value: "أمل" },
    ],
    keep: ["أرجو الاتصال", "الساعة الخامسة", "علاج النطق"],
  },
  {
    text: "تواصلت مع السيد الزهراني في المجلس عدة مرات، لكن خطة أحمد لم تكتمل بعد. الرقم المرجعي: EHC/2024/5521",
    identifiers: [
      { kind: "name", value: "الزهراني" },
      { kind: "name", value: "أحمد" },
      { kind: "reference", value: "EHC/2024/5521" },
    ],
    keep: ["المجلس", "عدة مرات", "لم تكتمل بعد", "الرقم المرجعي"],
  },
  {
    text: "لا أحب وقت الاستراحة لأن الصوت عالٍ جدًا. أفضّل الجلوس في المكتبة مع المعلمة المساعدة.",
    identifiers: [],
    keep: ["وقت الاستراحة", "عالٍ جدًا", "المكتبة", "المعلمة المساعدة"],
  },
  {
    text: "ابنتي جميلة عندها متلازمة داون. عنواننا 19 Coldharbour Lane, London SE5 9NR والمواصلات المدرسية تتأخر دائمًا.",
    identifiers: [
      { kind: "name", value: "جميلة" },
      { kind: "address", value: "19 Coldharbour Lane" },
      { kind: "postcode", value: "SE5 9NR" },
    ],
    keep: ["ابنتي", "متلازمة داون", "المواصلات المدرسية", "تتأخر دائمًا"],
  },
  {
    text: "حوّلنا الدكتور حدّاد إلى CAMHS في ٣ مارس ٢٠٢٤ ومن وقتها لا شيء. رقم NHS الخاص بمريم هو 9935181901.",
    identifiers: [
      { kind: "name", value: "حدّاد" },
      { kind: "date", value: "٣ مارس ٢٠٢٤" },
      { kind: "name", value: "مريم" },
      { kind: "nhs-number", value: "9935181901" },
    ],
    keep: ["الدكتور", "CAMHS", "لا شيء", "رقم NHS"],
  },
  {
    text: "جدة الأولاد، أم خالد، تأخذ سليم من المدرسة كل يوم لأنني أعمل بنظام الورديات. المدرسة لا تتصل إلا بي.",
    identifiers: [
      { kind: "name", value: "خالد" },
      { kind: "name", value: "سليم" },
    ],
    keep: ["جدة الأولاد", "كل يوم", "الورديات"],
  },
  {
    text: "ابني كريم عنده ADHD و autism بس الـ school رافضين يعملوا assessment. راسلتهم على hanan.saleh＠gmail.com وما في أي رد.",
    identifiers: [
      { kind: "name", value: "كريم" },
      { kind: "email", value: "hanan.saleh＠gmail.com" },
    ],
    keep: ["ابني", "ADHD", "autism", "assessment", "وما في أي رد"],
  },
  {
    text: "لا يُستمع للأهالي في اجتماعات annual review. الأهداف تُنسخ من سنة لسنة، والدعم المذكور في القسم F لا يُنفّذ أبدًا.",
    identifiers: [],
    keep: ["للأهالي", "annual review", "الأهداف", "القسم F"],
  },
  {
    text: "OMAR AL-SAYED في Year 9 وينتظر مكانًا في مدرسة تربية خاصة منذ سنتين. هذا ظلم.",
    identifiers: [
      { kind: "name", value: "OMAR AL-SAYED" },
      { kind: "age", value: "Year 9" },
    ],
    keep: ["مدرسة تربية خاصة", "منذ سنتين", "ظلم"],
  },
  {
    text: "معلومات الـ local offer موجودة على manchester.gov.uk/localoffer لكن لا شيء بالعربية. أرسلتها لهدى من مجموعة الدعم ولم تفهم منها شيئًا أيضًا.",
    identifiers: [
      { kind: "url", value: "manchester.gov.uk/localoffer" },
      { kind: "name", value: "هدى" },
    ],
    keep: ["local offer", "بالعربية", "مجموعة الدعم"],
  },
  {
    text: "ليان (٨ سنوات) سعيدة جدًا في صفها الجديد، ومساعدتها الأستاذة رنا رائعة.",
    identifiers: [
      { kind: "name", value: "ليان" },
      { kind: "age", value: "٨ سنوات" },
      { kind: "name", value: "رنا" },
    ],
    keep: ["سعيدة جدًا", "صفها الجديد", "رائعة"],
  },
  {
    text: "خدمة الاستراحة القصيرة فكرة جميلة، لكن 6 ساعات في الشهر لا تكفي، خاصة في العطلة الصيفية.",
    identifiers: [],
    keep: ["فكرة جميلة", "6 ساعات في الشهر", "لا تكفي", "العطلة الصيفية"],
  },
  {
    text: "لم يحضر المترجم فترجم زوجي سعيد كل شيء. للتواصل: 0114 496 0188 أو saeed dot omar at outlook dot com",
    identifiers: [
      { kind: "name", value: "سعيد" },
      { kind: "phone", value: "0114 496 0188" },
      { kind: "email", value: "saeed dot omar at outlook dot com" },
    ],
    keep: ["المترجم", "زوجي", "للتواصل"],
  },
  {
    text: "أنا أم زياد. زياد عمره ١٥ سنة ويستخدم كرسيًا متحركًا، والمصعد في المدرسة معطّل دائمًا.",
    identifiers: [
      { kind: "name", value: "زياد" },
      { kind: "age", value: "١٥ سنة" },
    ],
    keep: ["كرسيًا متحركًا", "المصعد", "معطّل دائمًا"],
  },
  {
    text: "كأخصائية أرى عائلات تستسلم. لا يجب أن تكون المحكمة الطريق الوحيد للحصول على EHCP.",
    identifiers: [],
    keep: ["كأخصائية", "عائلات تستسلم", "المحكمة", "EHCP"],
  },
  {
    text: "شكرًا للأستاذة فاطمة الزهراء في Bright Beginnings Nursery وللدكتور Smith، فقد لاحظوا صعوبات نور مبكرًا.",
    identifiers: [
      { kind: "name", value: "فاطمة الزهراء" },
      { kind: "setting", value: "Bright Beginnings Nursery" },
      { kind: "name", value: "Smith" },
      { kind: "name", value: "نور" },
    ],
    keep: ["شكرًا", "لاحظوا", "صعوبات", "مبكرًا"],
  },
  {
    text: "رامي وسناء العلي — ابننا فُصل ٣ مرات هذا الفصل الدراسي. كتبنا لهم يوم ٢/١٠/٢٠٢٤ ولم يردّوا. هاتف: +٤٤ ٧٨٤٥ ٢٢٠ ٩١٣",
    identifiers: [
      { kind: "name", value: "رامي" },
      { kind: "name", value: "سناء العلي" },
      { kind: "date", value: "٢/١٠/٢٠٢٤" },
      { kind: "phone", value: "+٤٤ ٧٨٤٥ ٢٢٠ ٩١٣" },
    ],
    keep: ["ابننا", "٣ مرات", "الفصل الدراسي", "ولم يردّوا"],
  },
];
