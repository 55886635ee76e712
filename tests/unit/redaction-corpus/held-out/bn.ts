import type { CorpusComment } from "../types";

/** Held-out Bengali comments (some Sylheti colour and Banglish), written independently of the rules and the first corpus. */
export const corpus: CorpusComment[] = [
  {
    text: "অটিজমের ডায়াগনোসিসের জন্য আমরা প্রায় 18 মাস অপেক্ষা করেছি। এর মধ্যে কী করব কেউ বলেনি। নিজেদের খুব একা লাগত।",
    identifiers: [],
    keep: ["অটিজমের", "18 মাস", "অপেক্ষা", "একা লাগত"],
  },
  {
    text: "আমার ছেলে আয়ানের বয়স ৯ বছর, স্কুলে সে কোনো সাপোর্ট পায় না, অথচ দুই বছর ধরে তার EHCP আছে।",
    identifiers: [
      { kind: "name", value: "আয়ানের" },
      { kind: "age", value: "৯ বছর" },
    ],
    keep: ["আমার ছেলে", "সাপোর্ট", "দুই বছর ধরে", "EHCP"],
  },
  {
    text: "মিসেস চৌধুরী, Bow Primary School-এর SENCo, একমাত্র মানুষ যিনি সত্যিই আমাদের কথা শুনেছেন।",
    identifiers: [
      { kind: "name", value: "চৌধুরী" },
      { kind: "setting", value: "Bow Primary School" },
    ],
    keep: ["SENCo", "আমাদের কথা শুনেছেন"],
  },
  {
    text: "দয়া করে আমাকে ০৭৯৩২ ১১৮ ৬৪০ নম্বরে ফোন করবেন। আলোর স্পিচ থেরাপি নিয়ে আরও অনেক কিছু বলার আছে।",
    identifiers: [
      { kind: "phone", value: "০৭৯৩২ ১১৮ ৬৪০" },
      { kind: "name", value: "আলোর" },
    ],
    keep: ["দয়া করে", "ফোন করবেন", "স্পিচ থেরাপি"],
  },
  {
    text: "কাউন্সিলের রহমান সাহেবের সাথে অনেকবার কথা বলেছি, কিন্তু তানভীরের প্ল্যান এখনো রেডি হয়নি। রেফারেন্স নম্বর: TH/SEN/20931",
    identifiers: [
      { kind: "name", value: "রহমান" },
      { kind: "name", value: "তানভীরের" },
      { kind: "reference", value: "TH/SEN/20931" },
    ],
    keep: ["কাউন্সিলের", "অনেকবার", "প্ল্যান", "রেডি হয়নি", "রেফারেন্স নম্বর"],
  },
  {
    text: "ব্রেক টাইম আমার ভালো লাগে না, খুব আওয়াজ হয়। আমি লাইব্রেরিতে টিএ মিসের সাথে বসতে পছন্দ করি।",
    identifiers: [],
    keep: ["ব্রেক টাইম", "আওয়াজ", "লাইব্রেরিতে", "টিএ মিসের"],
  },
  {
    text: "আমার মেয়ে শান্তির ডাউন সিনড্রোম আছে। আমাদের ঠিকানা 45 Brick Lane, London E1 6RF, আর স্কুলের বাস সবসময় দেরি করে আসে।",
    identifiers: [
      { kind: "name", value: "শান্তির" },
      { kind: "address", value: "45 Brick Lane" },
      { kind: "postcode", value: "E1 6RF" },
    ],
    keep: ["আমার মেয়ে", "ডাউন সিনড্রোম", "স্কুলের বাস", "দেরি করে"],
  },
  {
    text: "ডাক্তার ইসলাম ১৪ মার্চ ২০২৪ তারিখে আমাদের CAMHS-এ রেফার করেছিলেন, তারপর থেকে কিছুই হয়নি। সুমাইয়ার NHS নম্বর: ৯৩৭ ৮৬৫ ৭৯৭৪",
    identifiers: [
      { kind: "name", value: "ইসলাম" },
      { kind: "date", value: "১৪ মার্চ ২০২৪" },
      { kind: "name", value: "সুমাইয়ার" },
      { kind: "nhs-number", value: "৯৩৭ ৮৬৫ ৭৯৭৪" },
    ],
    keep: ["ডাক্তার", "CAMHS", "রেফার", "কিছুই হয়নি"],
  },
  {
    text: "রুবি খালা রোজ জুবায়েরকে স্কুল থেকে আনেন, কারণ আমি শিফটে কাজ করি। স্কুল শুধু আমাকেই ফোন করে, খালাকে কখনো না।",
    identifiers: [
      { kind: "name", value: "রুবি" },
      { kind: "name", value: "জুবায়েরকে" },
    ],
    keep: ["খালা", "শিফটে কাজ করি", "খালাকে"],
  },
  {
    text: "Amar chele Rayyan er ADHD ar autism ache, kintu school assessment korte chay na. Ami email korechi nasima.begum＠yahoo.co.uk e, kono uttor paini.",
    identifiers: [
      { kind: "name", value: "Rayyan" },
      { kind: "email", value: "nasima.begum＠yahoo.co.uk" },
    ],
    keep: ["Amar chele", "ADHD", "autism", "assessment", "kono uttor paini"],
  },
  {
    text: "annual review-এ বাবা-মায়ের কথা কেউ শোনে না। প্রতি বছর একই টার্গেট কপি করা হয়, আর সেকশন F-এর সাপোর্ট কখনো পাই না।",
    identifiers: [],
    keep: ["annual review", "বাবা-মায়ের", "টার্গেট", "সেকশন F"],
  },
  {
    text: "MD ABDUL KARIM (Year 10) দুই বছর ধরে স্পেশাল স্কুলে একটা জায়গার জন্য অপেক্ষা করছে। এটা অন্যায়।",
    identifiers: [
      { kind: "name", value: "MD ABDUL KARIM" },
      { kind: "age", value: "Year 10" },
    ],
    keep: ["দুই বছর ধরে", "স্পেশাল স্কুলে", "অন্যায়"],
  },
  {
    text: "লোকাল অফারের তথ্য towerhamlets.gov.uk/localoffer-এ আছে, কিন্তু বাংলায় কিছুই নেই। সাপোর্ট গ্রুপের শাহানা আপাকেও দেখিয়েছি, উনিও কিছু বুঝেননি।",
    identifiers: [
      { kind: "url", value: "towerhamlets.gov.uk/localoffer" },
      { kind: "name", value: "শাহানা" },
    ],
    keep: ["লোকাল অফারের", "বাংলায়", "সাপোর্ট গ্রুপের"],
  },
  {
    text: "মারিয়া (৮ বছর) নতুন ক্লাসে খুব খুশি, ওর টিএ মিস জেসমিন খুব ভালো মানুষ।",
    identifiers: [
      { kind: "name", value: "মারিয়া" },
      { kind: "age", value: "৮ বছর" },
      { kind: "name", value: "জেসমিন" },
    ],
    keep: ["নতুন ক্লাসে", "খুব খুশি", "টিএ", "খুব ভালো"],
  },
  {
    text: "রেসপাইট সার্ভিস ভালো, কিন্তু মাসে মাত্র 6 ঘণ্টা যথেষ্ট না। গরমের ছুটিতে মনে কোনো শান্তি থাকে না।",
    identifiers: [],
    keep: ["রেসপাইট সার্ভিস", "6 ঘণ্টা", "যথেষ্ট না", "গরমের ছুটিতে", "শান্তি"],
  },
  {
    text: "ইন্টারপ্রেটার আইছইন না, তাই আমার জামাই কামাল সব অনুবাদ করছইন। যোগাযোগ: 020 7946 0321 বা kamal dot miah at gmail dot com",
    identifiers: [
      { kind: "name", value: "কামাল" },
      { kind: "phone", value: "020 7946 0321" },
      { kind: "email", value: "kamal dot miah at gmail dot com" },
    ],
    keep: ["ইন্টারপ্রেটার", "আমার জামাই", "অনুবাদ", "যোগাযোগ"],
  },
  {
    text: "আমি ফাহিমের আম্মা। ফাহিমের বয়স ১৫ বছর, হুইলচেয়ার ব্যবহার করে, আর স্কুলের লিফট প্রায়ই নষ্ট থাকে।",
    identifiers: [
      { kind: "name", value: "ফাহিমের" },
      { kind: "age", value: "১৫ বছর" },
    ],
    keep: ["আম্মা", "হুইলচেয়ার", "লিফট", "নষ্ট"],
  },
  {
    text: "একজন প্র্যাকটিশনার হিসেবে দেখি পরিবারগুলো হাল ছেড়ে দেয়। EHCP পাওয়ার জন্য ট্রাইব্যুনাল একমাত্র পথ হওয়া উচিত না।",
    identifiers: [],
    keep: ["প্র্যাকটিশনার", "হাল ছেড়ে দেয়", "EHCP", "ট্রাইব্যুনাল"],
  },
  {
    text: "Thank you Mrs Akhtar ar Stepney Children's Centre ke, ora Mitu r problem khub early dhoreche.",
    identifiers: [
      { kind: "name", value: "Akhtar" },
      { kind: "setting", value: "Stepney Children's Centre" },
      { kind: "name", value: "Mitu" },
    ],
    keep: ["Thank you", "problem", "early dhoreche"],
  },
  {
    text: "সেলিনা ও আবুল হোসেন — আমাদের ছেলেকে এই টার্মে 3 বার এক্সক্লুড করেছে। ২ অক্টোবর চিঠি দিয়েছি, উত্তর নেই। ফোন: ০৭৪০০-১২৩৪৫৬",
    identifiers: [
      { kind: "name", value: "সেলিনা" },
      { kind: "name", value: "আবুল হোসেন" },
      { kind: "date", value: "২ অক্টোবর" },
      { kind: "phone", value: "০৭৪০০-১২৩৪৫৬" },
    ],
    keep: ["আমাদের ছেলেকে", "3 বার", "এক্সক্লুড", "উত্তর নেই"],
  },
];
