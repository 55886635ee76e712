/**
 * Bengali-script given and family names, and (`namesThatAreWords`) names in any script that
 * are also everyday words, which count as names only after a kinship word or an honorific. No well-kept public list of names in Bengali
 * script exists in the package registry (faker has none for bn), so this list was written
 * by hand for SEND Voice from names common in Bangladeshi and West Bengali families in
 * England, Muslim and Hindu. Given names that are also everyday words (জয় "victory") are
 * left out: the context rules find them after a kinship word or an honorific. Family names
 * that are everyday words (সরকার "government", বিশ্বাস "trust", ইসলাম) are in, because a
 * family name counts only beside a given name.
 */
export const bengaliGivenNames = `
  আয়েশা আয়শা ফাতেমা ফাতিমা খাদিজা মরিয়ম জয়নাব আমিনা সুমাইয়া তাসনিম নুসরাত সাদিয়া সামিয়া
  নাদিয়া তানিয়া ফারহানা শারমিন নাসরিন শাহনাজ রুমানা সাবরিনা তাহমিনা শিরিন রাইসা জারা মাহি
  লিমা সুমি মিম রিয়া প্রিয়া অনিতা দীপা মিনা রীনা পূজা অর্পিতা মৌমিতা সুস্মিতা তৃষা ইশরাত
  হাফসা মারিয়া ফারিয়া নাজনীন রোকসানা শাহিনা রাবেয়া হালিমা
  রহিম করিম সাকিব তানভীর রাকিব শাহিদ ইমরান আরিফ মাহমুদ হাসান হোসেন হুসেন রাহুল অমিত সুমন
  তন্ময় সৌরভ অর্জুন রাজু জাহিদ রিফাত নাঈম ইয়াসিন আলিফ ইশান আদিব আব্দুল্লাহ আব্দুল মোহাম্মদ
  মুহাম্মদ আহমেদ আহমদ আলী ফাহিম সাব্বির জুবায়ের রায়হান তামিম মাহফুজ কামরুল শফিক রফিক
  জামাল কামাল নাসির বিলাল উমর ওমর হামজা ইউসুফ ইব্রাহিম ইসমাইল দেবাশীষ সুব্রত প্রদীপ
  অভিজিৎ শুভ অয়ন রোহান আরিয়ান আয়ান জায়ান রাফি সামি আনিস মাসুদ
`;

export const bengaliFamilyNames = `
  রহমান উদ্দিন চৌধুরী বেগম খাতুন আক্তার আখতার মিয়া ঘোষ সেন দত্ত মণ্ডল শেখ সিদ্দিকী হোসাইন
  আহমেদ তালুকদার ভূঁইয়া মজুমদার ব্যানার্জী চ্যাটার্জী মুখার্জী চক্রবর্তী ভট্টাচার্য পাল সাহা
  ইসলাম সরকার বিশ্বাস হক দাস রায়
`;

/**
 * Names that are also everyday words ("আশা"/"امید" hope, "خوشی"/"খুশি" joy, "ندى" dew):
 * written by hand, as the name lists leave such words out. They are names only where a name
 * is expected. No name either redaction corpus uses is here (a test checks).
 */
export const namesThatAreWords = `
  امید خوشی محبت سکون دعا ثمرہ فرح حنا سحر شمع کرن
  سعيدة كريمة رحمة سلام فرح ضحى سماح وفاء رزان ندى
  আশা খুশি প্রিয়া সুখী মুক্তা রত্না স্বপ্না তৃপ্তি জয় মিষ্টি
`;
