import type { CriterionCode } from "~surveys/framework";
import type { LanguageCode } from "~/i18n/languages";

/*
 * Comments written for issue #15, not taken from the lexicon: what a parent, child or
 * practitioner might write in each language (some mixing in English, as people do), with the
 * criteria a careful inspector would code them to. `neutral` says nothing the framework asks
 * about and must get no suggestion.
 */
export interface CodedComment {
  text: string;
  codes: CriterionCode[];
}

export const codingCorpus: Record<LanguageCode, { coded: CodedComment[]; neutral: string[] }> = {
  en: {
    coded: [
      {
        text: "Getting an EHCP felt like a full-time job and the paperwork was endless.",
        codes: ["I2"],
      },
      { text: "Nobody picked up on her dyslexia until Year 6.", codes: ["I1"] },
      { text: "The short breaks service has a two-year queue.", codes: ["I3"] },
      { text: "There's nothing for teenagers like him in the holidays.", codes: ["I5"] },
      { text: "He missed most of Year 9 because of anxiety.", codes: ["AP"] },
      {
        text: "The physio and the school finally had a joint meeting, which helped a lot.",
        codes: ["L6", "I3"],
      },
      { text: "It took the GP three referrals before anyone would see him.", codes: ["I1"] },
      {
        text: "Nobody explained his rights or what the plan actually means for him.",
        codes: ["I2"],
      },
      { text: "Since the summer he has been out of education completely.", codes: ["AP"] },
      {
        text: "He can't join any after-school clubs because there is no one to support him.",
        codes: ["I5", "I3"],
      },
      { text: "CAMHS told us the threshold is too high so he doesn't qualify.", codes: ["I3"] },
      { text: "The council never answers our emails.", codes: ["L1"] },
      {
        text: "We waited 18 months for an autism assessment and nobody helped us in the meantime.",
        codes: ["I1", "I3"],
      },
      {
        text: "I wasn't even invited to his annual review, the plan was written without us.",
        codes: ["I2"],
      },
      {
        text: "He has been on a reduced timetable since September, two hours a day.",
        codes: ["AP"],
      },
      {
        text: "Speech and language therapy stopped when she turned 11 and nothing replaced it.",
        codes: ["I3"],
      },
      { text: "She has no friends at school and sits on her own at lunch.", codes: ["I5"] },
      {
        text: "The move to secondary school was planned really well, with three visits first.",
        codes: ["I4"],
      },
      {
        text: "Health, school and social care do not talk to each other; I pass every message on.",
        codes: ["L6"],
      },
      {
        text: "The council keeps cutting funding and there are not enough special school places.",
        codes: ["L1", "L4"],
      },
      { text: "Nothing has improved since the last inspection.", codes: ["L5"] },
      {
        text: "The parent carer forum asked us for feedback and we never heard back.",
        codes: ["L2"],
      },
      { text: "He was excluded twice this year and is now at home all day.", codes: ["AP"] },
      {
        text: "We had to pay for a private diagnosis because the NHS waiting list was two years.",
        codes: ["I1"],
      },
      {
        text: "I worry about what happens after college, there is no plan for a job or living independently.",
        codes: ["I4"],
      },
      {
        text: "The youth club staff are brilliant and he feels he belongs there.",
        codes: ["I5"],
      },
      {
        text: "The local authority has no data on how many children in our area need support.",
        codes: ["L1", "L3", "I3"],
      },
      {
        text: "Teachers have had no training in autism and the SENCO is stretched thin.",
        codes: ["L6"],
      },
    ],
    neutral: ["No comment.", "Nothing else to add.", "He likes drawing and dinosaurs."],
  },
  pl: {
    coded: [
      { text: "Załatwienie EHCP to była droga przez mękę, same papiery.", codes: ["I2"] },
      { text: "Nikt nie zauważył dysleksji córki aż do szóstej klasy.", codes: ["I1"] },
      { text: "Na opiekę wytchnieniową jest kolejka na dwa lata.", codes: ["I3"] },
      { text: "W wakacje nie ma nic dla nastolatków takich jak on.", codes: ["I5"] },
      { text: "Przez lęk opuścił prawie cały rok szkolny.", codes: ["AP"] },
      {
        text: "Fizjoterapeuta i szkoła wreszcie spotkali się razem i to bardzo pomogło.",
        codes: ["L6", "I3"],
      },
      {
        text: "Lekarz rodzinny trzy razy odsyłał nas z niczym, zanim dostaliśmy skierowanie.",
        codes: ["I1"],
      },
      {
        text: "Od września syn jest w domu, szkoła twierdzi, że nie da rady go przyjąć.",
        codes: ["AP"],
      },
      {
        text: "Nie ma żadnych zajęć w okolicy, gdzie moje dziecko mogłoby się bawić z innymi.",
        codes: ["I5"],
      },
      { text: "Pani z CAMHS powiedziała, że nie kwalifikujemy się do pomocy.", codes: ["I3"] },
      { text: "Urzędnicy z rady nie odpisują na maile.", codes: ["L1"] },
      {
        text: "Czekaliśmy ponad rok na diagnozę autyzmu, a w tym czasie szkoła nic nie zrobiła.",
        codes: ["I1", "I3"],
      },
      {
        text: "Nikt nas nie pytał o zdanie, kiedy pisano plan EHC dla syna.",
        codes: ["I2"],
      },
      {
        text: "Córka od listopada jest w szkole tylko dwie godziny dziennie.",
        codes: ["AP"],
      },
      {
        text: "Syn nie ma żadnych kolegów, na przerwach siedzi sam.",
        codes: ["I5"],
      },
      {
        text: "Terapia logopedyczna skończyła się po trzech miesiącach i nikt jej nie wznowił.",
        codes: ["I3"],
      },
      {
        text: "Przejście do szkoły średniej było bardzo trudne, nikt go do tego nie przygotował.",
        codes: ["I4"],
      },
      {
        text: "Lekarz i szkoła w ogóle się ze sobą nie komunikują, wszystko muszę przekazywać sama.",
        codes: ["L6"],
      },
      {
        text: "Rada hrabstwa ciągle tnie budżet, a w szkołach specjalnych brakuje miejsc.",
        codes: ["L1", "L4"],
      },
      { text: "Od ostatniej kontroli nic się nie poprawiło.", codes: ["L5"] },
      {
        text: "Forum rodziców zebrało nasze opinie, ale nie dostaliśmy żadnej informacji zwrotnej.",
        codes: ["L2"],
      },
      { text: "Syna zawieszono w szkole już trzy razy w tym roku.", codes: ["AP"] },
      {
        text: "Dopiero dzięki asystentce w klasie córka czuje się bezpiecznie.",
        codes: ["I3"],
      },
      {
        text: "Nauczyciele nie przeszli żadnego szkolenia i nie rozumieją jego zachowania.",
        codes: ["L6"],
      },
      {
        text: "Martwię się, co będzie po szkole – czy znajdzie pracę i będzie samodzielny.",
        codes: ["I4"],
      },
      {
        text: "Inne dzieci się z niego wyśmiewają i nie chce chodzić na zajęcia pozalekcyjne.",
        codes: ["I5"],
      },
      {
        text: "Moja córka od pół roku w ogóle nie chodzi do szkoły z powodu lęku.",
        codes: ["AP"],
      },
      {
        text: "Mamy EHCP od roku, ale SENCO mówi, że nie ma funding na wsparcie jeden na jeden.",
        codes: ["I2", "I3", "L4"],
      },
    ],
    neutral: ["Nie mam nic do dodania.", "Lubi rysować i dinozaury.", "To wszystko, dziękuję."],
  },
  ro: {
    coded: [
      { text: "Să obținem EHCP a fost un coșmar, numai hârtii.", codes: ["I2"] },
      { text: "Nimeni nu a observat dislexia fiicei mele până în clasa a șasea.", codes: ["I1"] },
      { text: "Pentru serviciile de răgaz e o coadă de doi ani.", codes: ["I3"] },
      { text: "În vacanțe nu există nimic pentru adolescenți ca el.", codes: ["I5"] },
      { text: "Din cauza anxietății a lipsit aproape tot anul școlar.", codes: ["AP"] },
      {
        text: "Kinetoterapeutul și școala s-au întâlnit în sfârșit împreună și asta a ajutat mult.",
        codes: ["L6", "I3"],
      },
      { text: "Medicul de familie nu a vrut să ne trimită la specialist.", codes: ["I1"] },
      { text: "De la Crăciun băiatul nu mai face ore la școală deloc.", codes: ["AP"] },
      { text: "Nu există niciun club în zonă unde să fie primit și el.", codes: ["I5"] },
      { text: "Cei de la CAMHS au spus că nu îndeplinim criteriile.", codes: ["I3"] },
      { text: "Primăria nu răspunde la emailuri.", codes: ["L1"] },
      {
        text: "Am așteptat doi ani pentru evaluarea de autism și nu am primit niciun sprijin între timp.",
        codes: ["I1", "I3"],
      },
      {
        text: "Nimeni nu ne-a întrebat părerea când s-a scris planul EHC al fiului meu.",
        codes: ["I2"],
      },
      {
        text: "Fiica mea merge la școală doar două ore pe zi de la începutul anului.",
        codes: ["AP"],
      },
      {
        text: "Baiatul meu nu are prieteni si sta mereu singur in pauze.",
        codes: ["I5"],
      },
      { text: "Terapia logopedica s-a oprit dupa trei luni.", codes: ["I3"] },
      {
        text: "Trecerea la liceu a fost bine pregătită, am vizitat școala de mai multe ori.",
        codes: ["I4"],
      },
      {
        text: "Medicul și școala nu comunică deloc între ei, eu duc toate hârtiile.",
        codes: ["L6"],
      },
      {
        text: "Consiliul taie mereu bugetul și nu sunt locuri în școlile speciale.",
        codes: ["L1", "L4"],
      },
      { text: "Nimic nu s-a îmbunătățit de la ultima inspecție.", codes: ["L5"] },
      {
        text: "Forumul părinților ne-a cerut feedback, dar nu am aflat ce s-a făcut cu el.",
        codes: ["L2"],
      },
      { text: "Fiul meu a fost exmatriculat și acum stă acasă.", codes: ["AP"] },
      {
        text: "Asistenta socială s-a schimbat de patru ori într-un an.",
        codes: ["L6"],
      },
      {
        text: "Profesorii nu au fost instruiți deloc despre ADHD.",
        codes: ["L6"],
      },
      {
        text: "Ma ingrijorez pentru viitorul lui dupa scoala, daca isi va gasi un loc de munca.",
        codes: ["I4"],
      },
      {
        text: "Copiii din clasă râd de el și nu este niciodată invitat la petreceri.",
        codes: ["I5"],
      },
      {
        text: "Fiica mea refuză să meargă la școală din cauza anxietății.",
        codes: ["AP"],
      },
      {
        text: "Avem EHCP dar școala zice că nu are funding pentru un însoțitor.",
        codes: ["I2", "L4", "I3"],
      },
    ],
    neutral: ["Nu am nimic de adăugat.", "Îi place să deseneze.", "Atât, vă mulțumesc."],
  },
  ur: {
    coded: [
      { text: "ای ایچ سی پی حاصل کرنا بہت مشکل تھا، کاغذات ہی کاغذات۔", codes: ["I2"] },
      { text: "چھٹی جماعت تک کسی نے میری بیٹی کی ڈسلیکسیا نہیں پکڑی۔", codes: ["I1"] },
      { text: "شارٹ بریک کے لیے دو سال کی ویٹنگ ہے۔", codes: ["I3"] },
      { text: "چھٹیوں میں اس جیسے لڑکوں کے لیے کچھ بھی نہیں ہے۔", codes: ["I5"] },
      { text: "گھبراہٹ کی وجہ سے اس نے تقریباً پورا سال اسکول مس کیا۔", codes: ["AP"] },
      {
        text: "فزیو اور اسکول نے آخرکار مل کر میٹنگ کی اور اس سے بہت فائدہ ہوا۔",
        codes: ["L6", "I3"],
      },
      {
        text: "Mera beta 6 mahine se school nahi ja raha, koi madad nahi mili.",
        codes: ["AP", "I3"],
      },
      { text: "Meri beti ka koi dost nahi, woh har roz akeli baithti hai.", codes: ["I5"] },
      { text: "جی پی نے تین بار ٹال دیا، پھر جا کر ریفرل ملا۔", codes: ["I1"] },
      { text: "ستمبر سے بیٹا گھر میں ہے، اسکول کہتا ہے ان کے پاس جگہ نہیں۔", codes: ["AP", "L4"] },
      { text: "علاقے میں کوئی ایسی جگہ نہیں جہاں وہ دوسرے بچوں کے ساتھ کھیل سکے۔", codes: ["I5"] },
      { text: "کیمز والوں نے کہا کہ ہم معیار پر پورا نہیں اترتے۔", codes: ["I3"] },
      { text: "کونسل والے ای میل کا جواب ہی نہیں دیتے۔", codes: ["L1"] },
      {
        text: "ہم نے آٹزم کی تشخیص کے لیے دو سال انتظار کیا اور اس دوران کوئی مدد نہیں ملی۔",
        codes: ["I1", "I3"],
      },
      {
        text: "ای ایچ سی پی بناتے وقت کسی نے ہم سے کچھ نہیں پوچھا۔",
        codes: ["I2"],
      },
      {
        text: "میرا بیٹا ستمبر سے صرف دو گھنٹے روزانہ اسکول جاتا ہے، باقی وقت گھر پر ہے۔",
        codes: ["AP"],
      },
      {
        text: "میری بیٹی کا اسکول میں کوئی دوست نہیں، وہ ہر روز اکیلی بیٹھتی ہے۔",
        codes: ["I5"],
      },
      { text: "اسپیچ تھراپی چھ مہینے بعد بند کر دی گئی۔", codes: ["I3"] },
      {
        text: "سیکنڈری اسکول میں جانے کی تیاری بہت اچھی طرح کروائی گئی۔",
        codes: ["I4"],
      },
      {
        text: "ڈاکٹر اور اسکول آپس میں بات نہیں کرتے، ہر بات مجھے خود بتانی پڑتی ہے۔",
        codes: ["L6"],
      },
      {
        text: "کونسل بجٹ کم کر رہی ہے اور اسپیشل اسکول میں جگہ نہیں ہے۔",
        codes: ["L1", "L4"],
      },
      { text: "پچھلے معائنے کے بعد سے کچھ بھی بہتر نہیں ہوا۔", codes: ["L5"] },
      {
        text: "فورم نے ہماری رائے لی لیکن بعد میں کسی نے فیڈبیک نہیں دیا۔",
        codes: ["L2"],
      },
      {
        text: "میرے بیٹے کو اسکول سے نکال دیا گیا اور اب وہ گھر بیٹھا ہے۔",
        codes: ["AP"],
      },
      {
        text: "میرے بیٹے کا EHCP ابھی تک نہیں بنا، ہم annual review کا انتظار کر رہے ہیں۔",
        codes: ["I2", "I3"],
      },
      {
        text: "اساتذہ کو آٹزم کی کوئی ٹریننگ نہیں دی گئی۔",
        codes: ["L6"],
      },
      {
        text: "مجھے فکر ہے کہ اسکول کے بعد اسے نوکری ملے گی یا نہیں۔",
        codes: ["I4"],
      },
      {
        text: "دوسرے بچے اس کا مذاق اڑاتے ہیں اور اسے کسی سالگرہ پر نہیں بلاتے۔",
        codes: ["I5"],
      },
      {
        text: "میری بیٹی گھبراہٹ کی وجہ سے اسکول نہیں جاتی۔",
        codes: ["AP"],
      },
      {
        text: "لوکل اتھارٹی کو پتہ ہی نہیں کہ ہمارے علاقے میں کتنے بچوں کو مدد چاہیے۔",
        codes: ["L1", "L3", "I3"],
      },
    ],
    neutral: ["مزید کچھ نہیں کہنا۔", "اسے ڈرائنگ کرنا پسند ہے۔", "بس اتنا ہی، شکریہ۔"],
  },
  bn: {
    coded: [
      { text: "ইএইচসিপি পাওয়া ছিল ভীষণ ঝামেলার, শুধু কাগজপত্র।", codes: ["I2"] },
      { text: "ক্লাস সিক্স পর্যন্ত কেউ আমার মেয়ের ডিসলেক্সিয়া ধরতে পারেনি।", codes: ["I1"] },
      { text: "শর্ট ব্রেকের জন্য দুই বছরের লাইন।", codes: ["I3"] },
      { text: "ছুটির সময় ওর মতো কিশোরদের জন্য কিছুই নেই।", codes: ["I5"] },
      { text: "দুশ্চিন্তার কারণে সে প্রায় পুরো বছর স্কুল মিস করেছে।", codes: ["AP"] },
      {
        text: "ফিজিও আর স্কুল শেষ পর্যন্ত একসাথে মিটিং করেছে, তাতে অনেক উপকার হয়েছে।",
        codes: ["L6", "I3"],
      },
      { text: "Amar meye school e jete chay na, kono sahajjo pai na.", codes: ["AP", "I3"] },
      { text: "জিপি তিনবার ফিরিয়ে দিয়েছে, তারপর রেফারেল পেয়েছি।", codes: ["I1"] },
      { text: "সেপ্টেম্বর থেকে ছেলে ঘরে বসে আছে, স্কুল বলছে জায়গা নেই।", codes: ["AP", "L4"] },
      {
        text: "এলাকায় এমন কোনো ক্লাব নেই যেখানে ও অন্য বাচ্চাদের সাথে খেলতে পারে।",
        codes: ["I5"],
      },
      { text: "ক্যামস বলেছে আমরা যোগ্য না।", codes: ["I3"] },
      { text: "কাউন্সিল ইমেইলের উত্তরই দেয় না।", codes: ["L1"] },
      {
        text: "অটিজম মূল্যায়নের জন্য আমরা দুই বছর অপেক্ষা করেছি, এর মধ্যে কোনো সাহায্য পাইনি।",
        codes: ["I1", "I3"],
      },
      {
        text: "ইএইচসিপি লেখার সময় কেউ আমাদের মতামত জানতে চায়নি।",
        codes: ["I2"],
      },
      {
        text: "আমার ছেলে সেপ্টেম্বর থেকে দিনে মাত্র দুই ঘণ্টা স্কুলে যায়, বাকি সময় বাড়িতে বসে থাকে।",
        codes: ["AP"],
      },
      {
        text: "আমার মেয়ের স্কুলে কোনো বন্ধু নেই, সে সবসময় একা থাকে।",
        codes: ["I5"],
      },
      { text: "স্পিচ থেরাপি ছয় মাস পরে বন্ধ হয়ে গেছে।", codes: ["I3"] },
      {
        text: "সেকেন্ডারি স্কুলে যাওয়ার প্রস্তুতি খুব ভালোভাবে হয়েছিল।",
        codes: ["I4"],
      },
      {
        text: "ডাক্তার আর স্কুলের মধ্যে কোনো যোগাযোগ নেই, সব কথা আমাকেই বলতে হয়।",
        codes: ["L6"],
      },
      {
        text: "কাউন্সিল বাজেট কমাচ্ছে আর স্পেশাল স্কুলে জায়গা নেই।",
        codes: ["L1", "L4"],
      },
      { text: "গত পরিদর্শনের পর থেকে কোনো উন্নতি হয়নি।", codes: ["L5"] },
      {
        text: "অভিভাবক ফোরাম আমাদের মতামত নিয়েছিল কিন্তু পরে কোনো ফিডব্যাক দেয়নি।",
        codes: ["L2"],
      },
      {
        text: "আমার ছেলেকে স্কুল থেকে বহিষ্কার করা হয়েছে, এখন সে বাড়িতে।",
        codes: ["AP"],
      },
      {
        text: "আমার ছেলের EHCP এখনো হয়নি, annual review-এর জন্য অপেক্ষা করছি।",
        codes: ["I2", "I3"],
      },
      {
        text: "শিক্ষকদের অটিজম নিয়ে কোনো প্রশিক্ষণ নেই।",
        codes: ["L6"],
      },
      {
        text: "স্কুল শেষ হলে ও চাকরি পাবে কিনা তা নিয়ে আমি চিন্তিত।",
        codes: ["I4"],
      },
      {
        text: "অন্য বাচ্চারা ওকে নিয়ে ঠাট্টা করে, কেউ জন্মদিনে ডাকে না।",
        codes: ["I5"],
      },
      {
        text: "দুশ্চিন্তার কারণে আমার মেয়ে স্কুলে যেতে পারছে না।",
        codes: ["AP"],
      },
      {
        text: "লোকাল অথরিটি জানেই না আমাদের এলাকায় কত শিশুর সাহায্য দরকার।",
        codes: ["L1", "L3", "I3"],
      },
    ],
    neutral: ["আর কিছু বলার নেই।", "ও ছবি আঁকতে ভালোবাসে।", "এতটুকুই, ধন্যবাদ।"],
  },
  ar: {
    coded: [
      { text: "الحصول على خطة EHC كان معاناة حقيقية، أوراق لا تنتهي.", codes: ["I2"] },
      { text: "لم ينتبه أحد لعسر القراءة عند ابنتي حتى الصف السادس.", codes: ["I1"] },
      { text: "خدمة الاستراحة القصيرة لها قائمة انتظار سنتين.", codes: ["I3"] },
      { text: "في العطلات لا يوجد شيء للمراهقين مثله.", codes: ["I5"] },
      { text: "بسبب القلق فاته معظم العام الدراسي.", codes: ["AP"] },
      {
        text: "أخصائي العلاج الطبيعي والمدرسة اجتمعوا أخيرًا معًا وهذا ساعد كثيرًا.",
        codes: ["L6", "I3"],
      },
      { text: "طبيب العائلة رفض تحويلنا إلى أخصائي ثلاث مرات.", codes: ["I1"] },
      { text: "منذ سبتمبر وابني في البيت لأن المدرسة تقول لا مكان له.", codes: ["AP", "L4"] },
      { text: "لا توجد نوادٍ في منطقتنا يستطيع أن يلعب فيها مع غيره.", codes: ["I5"] },
      { text: "قالوا في كامز إن حالته لا تستوفي المعايير.", codes: ["I3"] },
      { text: "البلدية لا ترد على الإيميلات.", codes: ["L1"] },
      {
        text: "انتظرنا سنتين لتقييم التوحد ولم نحصل على أي دعم خلال هذه الفترة.",
        codes: ["I1", "I3"],
      },
      {
        text: "لم يسألنا أحد عن رأينا عند كتابة خطة EHC لابني.",
        codes: ["I2"],
      },
      {
        text: "ابنتي تذهب إلى المدرسة ساعتين فقط في اليوم منذ سبتمبر، ولا يوجد لها دوام كامل.",
        codes: ["AP"],
      },
      {
        text: "ليس لابني أصدقاء في المدرسة ويجلس وحده في الاستراحة.",
        codes: ["I5"],
      },
      { text: "توقفت جلسات علاج النطق بعد ثلاثة أشهر.", codes: ["I3"] },
      {
        text: "كان الانتقال إلى المدرسة الثانوية منظمًا بشكل جيد.",
        codes: ["I4"],
      },
      {
        text: "الطبيب والمدرسة لا يتواصلون أبدًا، وعليّ أن أنقل كل شيء بنفسي.",
        codes: ["L6"],
      },
      {
        text: "المجلس يخفّض الميزانية ولا توجد أماكن في مدارس التربية الخاصة.",
        codes: ["L1", "L4"],
      },
      { text: "لم يتحسن أي شيء منذ التفتيش الأخير.", codes: ["L5"] },
      {
        text: "منتدى أولياء الأمور أخذ آراءنا لكن لم يخبرنا أحد بما حدث بعدها.",
        codes: ["L2"],
      },
      { text: "تم طرد ابني من المدرسة وهو الآن جالس في البيت.", codes: ["AP"] },
      {
        text: "ابني عنده EHCP لكن المدرسة تقول ما في funding لمساعد معلم.",
        codes: ["I2", "L4", "I3"],
      },
      {
        text: "المعلمون لم يحصلوا على أي تدريب عن التوحد.",
        codes: ["L6"],
      },
      {
        text: "أنا قلقة على مستقبلها بعد المدرسة، هل ستجد وظيفة؟",
        codes: ["I4"],
      },
      {
        text: "الأطفال يتنمرون عليه ولا أحد يدعوه لأي حفلة.",
        codes: ["I5"],
      },
      {
        text: "ابنتي ترفض الذهاب إلى المدرسة بسبب القلق.",
        codes: ["AP"],
      },
      {
        text: "السلطة المحلية لا تعرف كم طفلًا في منطقتنا يحتاج إلى دعم.",
        codes: ["L1", "L3", "I3"],
      },
    ],
    neutral: ["لا تعليق.", "يحب الرسم والديناصورات.", "هذا كل شيء، شكرًا."],
  },
};
