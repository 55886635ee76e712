/**
 * The words around a name in each language the surveys are offered in: the kinship and
 * role words people write just before a child's or a professional's name, honorifics
 * before and after a name, and the phrases that introduce one ("nazywa się", "اسمه",
 * "ওর নাম"). Every comment is read with every language's words, whatever the survey's
 * language: parents mix languages and scripts in one sentence.
 *
 * Words are written as people write them; the matcher folds both sides the same way
 * (`knowledge.ts`, `foldWord`): Latin in lower case without diacritics, so "corka" finds
 * "córka"; Arabic script with diacritics removed and the letters keyboards differ on
 * unified; Bengali in NFC.
 */

export interface LanguageCues {
  /** Kinship words: "my son …", "میرا بیٹا …", "আমার মেয়ে …". The next word is a name. */
  relations: string[];
  /** Roles: "our SENCO …", "nauczycielka …", "المعلمة …". The next word may be a name. */
  roles: string[];
  /** Honorifics before a name: "Pani …", "Doamna …", "السيدة …", "مسز …", "জনাব …". */
  titlesBefore: string[];
  /** Honorifics after a name: "… صاحب", "… সাহেব", "… আপা". The word before is a name. */
  titlesAfter: string[];
  /** Family names that follow a given name like a title: "… بیگم", "… বেগম", "… খাতুন". */
  familyAfter: string[];
  /** Words that introduce a name: "ma na imię …", "se numește …", "اسمه …", "নাম …". */
  namers: string[];
  /** Possessives that may stand between a cue and the name: "fiul meu Andrei". */
  possessives: string[];
}

const list = (text: string): string[] => text.trim().split(/\s+/);

export const languageCues: Record<"en" | "pl" | "ro" | "ur" | "ar" | "bn", LanguageCues> = {
  en: {
    // English kinship and role words live with the English rules (english.ts); these are
    // the words of families who write Urdu, Punjabi or Bengali in Latin letters.
    relations: list(`beta beti bete bachcha bachchi bacha bachi chele meye bhai behen bhaiya`),
    roles: list(`ustad ustani`),
    titlesBefore: list(`janab begum shri shrimati sri`),
    titlesAfter: list(`sahib sahab saheb sahiba bhai baji apu bhaiya didi ji`),
    familyAfter: list(`begum khatun bibi`),
    namers: list(`naam`),
    possessives: list(`my our his her their mera meri mere hamara hamari amar`),
  },
  pl: {
    relations: list(`
      syn syna synowi synem synu synek synka synkiem synkowi córka córki córce córkę córką
      córeczka córeczki córeczkę córeczką dziecko dziecka dziecku dzieckiem brat brata bratu
      bratem braciszek braciszka siostra siostry siostrze siostrę siostrzyczka wnuk wnuka
      wnukiem wnuczka wnuczki wnuczkę chłopiec chłopca chłopcem dziewczynka dziewczynki
      dziewczynkę mąż męża mężem żona żony żonę partner partnera bliźniaki bliźniaków
      bliźniaczki pasierb pasierbica ciocia cioci ciocię wujek wujka wujkiem babcia babci babcię
      babcią dziadek dziadka dziadkiem kuzyn kuzyna kuzynka kuzynki`),
    roles: list(`
      nauczycielka nauczycielki nauczycielkę nauczyciel nauczyciela wychowawczyni wychowawca
      wychowawcy pedagog pedagożka logopeda logopedka logopedki psycholog psycholożka
      dyrektor dyrektorka dyrektorki asystentka asystent terapeutka terapeuta pielęgniarka
      lekarz lekarka lekarza koordynatorka koordynator pracownik pracowniczka opiekunka`),
    titlesBefore: list(`pan pani panią panu pana panem dr doktor doktora doktorem prof profesor`),
    titlesAfter: [],
    familyAfter: [],
    namers: list(`imię imienia imieniu nazywa nazywam nazywał nazywała nazwiskiem nazwisko`),
    possessives: list(
      `mój moja moje mojego mojej mojemu moim moją nasz nasza naszego naszej naszym jego jej się jest to na`,
    ),
  },
  ro: {
    relations: list(`
      fiul fiului fiu fiica fiicei fiicii fata fetei fetița fetiței băiatul băiatului băiat
      copilul copilului copila fratele fratelui frate sora surorii nepotul nepotului nepoata
      nepoatei soțul soțului soția soției gemenii gemenele mătușa mătușii unchiul unchiului bunica
      bunicii bunicul bunicului vărul verișoara`),
    roles: list(`
      profesoara profesoarei profesorul profesorului învățătoarea învățătoarei învățătorul
      învățătoare învățător profesoară profesor
      diriginta dirigintele directoarea directorul logopedul logopeda psihologul psihologa
      asistenta asistentul terapeuta terapeutul medicul doctorul doctorita educatoarea
      coordonatoarea coordonatorul`),
    titlesBefore: list(
      `domnul domnului doamna doamnei dl dna d-na d-l domnișoara domnișoarei lui dr`,
    ),
    titlesAfter: [],
    familyAfter: [],
    namers: list(`numește numesc numim cheamă nume numele`),
    possessives: list(`meu mea mei mele nostru noastră noștri noastre lui ei său sa este e`),
  },
  ur: {
    relations: list(`
      بیٹا بیٹی بیٹے بیٹیاں بچہ بچی بچے بھائی بہن نواسا نواسی پوتا پوتی بھتیجا بھتیجی بھانجا
      بھانجی شوہر بیوی جڑواں لڑکا لڑکی`),
    roles: list(`ٹیچر استاد استانی پرنسپل ڈاکٹر نرس سینکو معلمہ ہیڈ ٹیچر`),
    titlesBefore: list(`مسز مسٹر مس ڈاکٹر محترمہ محترم جناب`),
    titlesAfter: list(`صاحب صاحبہ باجی آپا جی بھائی نامی خالہ پھوپھو ماموں چاچا چچا`),
    familyAfter: list(`بیگم بی بی`),
    namers: list(`نام`),
    possessives: list(`میرا میری میرے ہمارا ہماری ہمارے اس اسکا اسکی`),
  },
  ar: {
    relations: list(`
      ابني ابنتي بنتي ولدي طفلي طفلتي أخي أختي حفيدي حفيدتي زوجي زوجتي ابنه ابنها ابنته بنته
      ابننا ابنتنا أطفالي توأمي التوأم توأم أولاد أولادي أبنائي بناتي`),
    roles: list(`
      المعلمة المعلم معلمة معلم الأخصائية الأخصائي المديرة المدير الممرضة الطبيب الطبيبة`),
    titlesBefore: list(
      `السيد السيدة الآنسة سيد سيدة الشيخ دكتور دكتورة الدكتور الدكتورة الأستاذ الأستاذة أستاذ أستاذة`,
    ),
    titlesAfter: [],
    familyAfter: [],
    namers: list(`اسمه اسمها اسمي يدعى تدعى اسم المدعو المدعوة`),
    possessives: list(`العزيز العزيزة الصغير الصغيرة الكبير الكبيرة`),
  },
  bn: {
    relations: list(
      `ছেলে মেয়ে সন্তান বাচ্চা ভাই বোন নাতি নাতনি ভাইপো ভাগ্নে ভাগ্নি স্বামী স্ত্রী যমজ খোকা খুকি`,
    ),
    roles: list(`শিক্ষক শিক্ষিকা টিচার ম্যাডাম স্যার ডাক্তার নার্স সেনকো`),
    titlesBefore: list(`জনাব মিসেস মিস্টার মিস শ্রী শ্রীমতী ডাঃ ডা ডক্টর`),
    titlesAfter: list(
      `সাহেব সাহেবা আপা আপু ভাই দিদি দাদা স্যার ম্যাডাম ম্যাম নামের নামে খালা ফুফু মামা চাচা মামি চাচি`,
    ),
    familyAfter: list(`বেগম খাতুন বিবি`),
    namers: list(`নাম`),
    possessives: list(`আমার আমাদের ওর ওদের তার তাদের`),
  },
};
