import type { CorpusComment } from "./types";

/** Romanian comments (Romanian families in England), with English SEND terms mixed in. */
export const corpus: CorpusComment[] = [
  {
    text: "Fiul meu Andrei are autism și așteaptă de 2 ani o evaluare pentru ADHD. Școala spune că nu pot face nimic fără EHCP, iar eu nu mai știu unde să bat.",
    identifiers: [{ kind: "name", value: "Andrei" }],
    keep: ["Fiul meu", "autism", "de 2 ani", "evaluare", "ADHD", "fără EHCP"],
  },
  {
    text: "Am așteptat evaluarea pentru autism la CAMHS aproape trei ani. Între timp Ionuț a fost exclus de două ori și acum stă acasă.",
    identifiers: [{ kind: "name", value: "Ionuț" }],
    keep: ["evaluarea pentru autism", "CAMHS", "trei ani", "exclus de două ori", "stă acasă"],
  },
  {
    text: "Profesoara Andreiului nu știe ce e un plan EHC. I-am explicat de trei ori și tot nu aplică nimic din el.",
    identifiers: [{ kind: "name", value: "Andreiului" }],
    keep: ["Profesoara", "plan EHC", "de trei ori", "nu aplică nimic"],
  },
  {
    text: "Terapia de vorbire a Ioanei a fost anulată după 6 ședințe. Acum e pe lista de așteptare din nou, 40 de săptămâni.",
    identifiers: [{ kind: "name", value: "Ioanei" }],
    keep: ["Terapia de vorbire", "anulată", "6 ședințe", "lista de așteptare", "40 de săptămâni"],
  },
  {
    text: "I-am spus lui Mihai că merge la o școală nouă și a plâns toată noaptea. Nimeni nu ne-a ajutat cu tranziția.",
    identifiers: [{ kind: "name", value: "Mihai" }],
    keep: ["școală nouă", "a plâns toată noaptea", "tranziția"],
  },
  {
    text: "Doamna Popescu, SENCO la Riverside Primary, este singura care ne răspunde la telefon. Mulțumim din suflet!",
    identifiers: [
      { kind: "name", value: "Popescu" },
      { kind: "setting", value: "Riverside Primary" },
    ],
    keep: ["SENCO", "singura care ne răspunde", "Mulțumim din suflet"],
  },
  {
    text: "Asistentul social, domnul Ionescu, ne-a spus că Bianca ar fi mai bine în altă școală. Asta e excludere, doar că nu pe hârtie.",
    identifiers: [
      { kind: "name", value: "Ionescu" },
      { kind: "name", value: "Bianca" },
    ],
    keep: ["Asistentul social", "altă școală", "excludere", "nu pe hârtie"],
  },
  {
    text: "profesoara Maria de la grupa de sprijin e minunată, dar are 12 copii și doar două ore pe săptămână.",
    identifiers: [{ kind: "name", value: "Maria" }],
    keep: ["grupa de sprijin", "minunată", "12 copii", "două ore pe săptămână"],
  },
  {
    text: "nu imi place cand striga toata lumea. ma doare capul",
    identifiers: [],
    keep: ["nu imi place", "striga", "ma doare capul"],
  },
  {
    text: "ma numesc ioana si am 8 ani. imi place la scoala cand e liniste",
    identifiers: [
      { kind: "name", value: "ioana" },
      { kind: "age", value: "8 ani" },
    ],
    keep: ["ma numesc", "la scoala", "liniste"],
  },
  {
    text: "Fiica mea Alexandra nu mai merge la scoala din octombrie. Are anxietate foarte mare si nimeni de la CAMHS nu ne-a sunat inapoi.",
    identifiers: [{ kind: "name", value: "Alexandra" }],
    keep: [
      "Fiica mea",
      "nu mai merge la scoala",
      "din octombrie",
      "anxietate",
      "CAMHS",
      "sunat inapoi",
    ],
  },
  {
    text: "Vă rog sunați-mă la +40 721 234 567, sunt în România până luna viitoare, sau la 07700 900321 după aceea. Transportul școlar pentru Darius a fost tăiat fără nicio explicație.",
    identifiers: [
      { kind: "phone", value: "+40 721 234 567" },
      { kind: "phone", value: "07700 900321" },
      { kind: "name", value: "Darius" },
    ],
    keep: ["România", "luna viitoare", "Transportul școlar", "tăiat", "fără nicio explicație"],
  },
  {
    text: "Emailul meu: elena punct popa arond yahoo punct com. Vă rog scrieți-mi în română, engleza mea nu e bună pentru hârtii oficiale.",
    identifiers: [{ kind: "email", value: "elena punct popa arond yahoo punct com" }],
    keep: ["Emailul meu", "în română", "hârtii oficiale"],
  },
  {
    text: "Contact: mama.luca@yahoo.ro — băiatul meu are ADHD și dislexie și nu primește suportul scris în plan.",
    identifiers: [{ kind: "email", value: "mama.luca@yahoo.ro" }],
    keep: ["băiatul meu", "ADHD", "dislexie", "suportul scris în plan"],
  },
  {
    text: "scrieți la bogdan．stan@gmail．com, nu am încă telefon englezesc. Fiul meu are paralizie cerebrală și are nevoie de fizioterapie, nu de o listă de așteptare.",
    identifiers: [{ kind: "email", value: "bogdan．stan@gmail．com" }],
    keep: ["telefon englezesc", "paralizie cerebrală", "fizioterapie", "listă de așteptare"],
  },
  {
    text: "Am găsit ajutor pe forum-parinti.ro/thread/12, nu de la local authority. Acolo am aflat ce e tribunalul SEND.",
    identifiers: [{ kind: "url", value: "forum-parinti.ro/thread/12" }],
    keep: ["Am găsit ajutor", "local authority", "tribunalul SEND"],
  },
  {
    text: "Numărul NHS al lui Vlad: 943 476 5919. Medicul de familie spune că trimiterea s-a pierdut și trebuie să o luăm de la capăt.",
    identifiers: [
      { kind: "name", value: "Vlad" },
      { kind: "nhs-number", value: "943 476 5919" },
    ],
    keep: ["Numărul NHS", "Medicul de familie", "trimiterea s-a pierdut", "de la capăt"],
  },
  {
    text: "Sofia s-a născut pe 12 martie 2016, prematur, și are întârziere globală de dezvoltare. Grădinița nu a cerut niciodată o evaluare.",
    identifiers: [
      { kind: "name", value: "Sofia" },
      { kind: "date", value: "12 martie 2016" },
    ],
    keep: ["prematur", "întârziere globală de dezvoltare", "Grădinița", "evaluare"],
  },
  {
    text: "Data nașterii: 05.11.2013. Fiul meu e nevăzător și școala nu are materiale în Braille decât pentru 2 materii.",
    identifiers: [{ kind: "date", value: "05.11.2013" }],
    keep: ["Data nașterii", "nevăzător", "Braille", "2 materii"],
  },
  {
    text: "Număr dosar EHC/2024/1187 — am depus apel la tribunal în mai și încă nu avem o dată pentru audiere.",
    identifiers: [{ kind: "reference", value: "EHC/2024/1187" }],
    keep: ["apel la tribunal", "în mai", "audiere"],
  },
  {
    text: "Locuim la 7 Station Road, M1 1AE, și cel mai apropiat special school cu loc liber e la 50 de minute cu mașina.",
    identifiers: [
      { kind: "address", value: "7 Station Road" },
      { kind: "postcode", value: "M1 1AE" },
    ],
    keep: ["special school", "loc liber", "50 de minute"],
  },
  {
    text: "Ionuț e în clasa a 4-a la Greenfield Primary și încă nu știe să citească. Școala zice 'wait and see'.",
    identifiers: [
      { kind: "name", value: "Ionuț" },
      { kind: "age", value: "clasa a 4-a" },
      { kind: "setting", value: "Greenfield Primary" },
    ],
    keep: ["nu știe să citească", "wait and see"],
  },
  {
    text: "Sunt asistent medical în echipa de comunitate. Avem peste 300 de copii pe lista de așteptare pentru evaluare de neurodezvoltare și doar doi pediatri.",
    identifiers: [],
    keep: [
      "asistent medical",
      "echipa de comunitate",
      "300 de copii",
      "neurodezvoltare",
      "doi pediatri",
    ],
  },
  {
    text: "Nimeni nu ne-a explicat ce înseamnă un EHCP. Am semnat hârtii în engleză fără să înțeleg ce scrie în ele.",
    identifiers: [],
    keep: ["EHCP", "Am semnat hârtii", "fără să înțeleg"],
  },
  {
    text: "Short breaks ne-au salvat. Trei ore pe săptămână în care pot să dorm.",
    identifiers: [],
    keep: ["Short breaks", "ne-au salvat", "Trei ore pe săptămână", "să dorm"],
  },
  {
    text: "autobuzu e prea galagios si soferu tipa la noi",
    identifiers: [],
    keep: ["autobuzu", "galagios", "tipa"],
  },
  {
    text: "Am mers la tribunal și am câștigat, dar a durat 14 luni. De ce trebuie să luptăm pentru tot?",
    identifiers: [],
    keep: ["tribunal", "am câștigat", "14 luni", "să luptăm pentru tot"],
  },
  {
    text: "My son Ștefan is in Year 8 at Hillside Academy. Nu vorbește la școală deloc, only at home. They call it selective mutism but there is no therapy.",
    identifiers: [
      { kind: "name", value: "Ștefan" },
      { kind: "age", value: "Year 8" },
      { kind: "setting", value: "Hillside Academy" },
    ],
    keep: ["My son", "Nu vorbește la școală", "only at home", "selective mutism", "no therapy"],
  },
  {
    text: "DAVID NU ESTE OBRAZNIC. ARE AUTISM. VĂ ROG SĂ ÎNȚELEGEȚI.",
    identifiers: [{ kind: "name", value: "DAVID" }],
    keep: ["NU ESTE OBRAZNIC", "AUTISM", "ÎNȚELEGEȚI"],
  },
  {
    text: "Georgiana Dumitrescu, mama lui Radu. Planul EHC nu a fost revizuit de 18 luni, deși legea spune anual.",
    identifiers: [
      { kind: "name", value: "Georgiana" },
      { kind: "name", value: "Dumitrescu" },
      { kind: "name", value: "Radu" },
    ],
    keep: ["mama lui", "Planul EHC", "revizuit", "18 luni", "anual"],
  },
  {
    text: "Cristi și Anca sunt gemeni, amândoi cu autism. Doar unul a primit loc la unitatea specială, celălalt stă pe listă.",
    identifiers: [
      { kind: "name", value: "Cristi" },
      { kind: "name", value: "Anca" },
    ],
    keep: ["gemeni", "autism", "unitatea specială", "stă pe listă"],
  },
  {
    text: "Ca SENCO, am 45 de copii pe SEN register și o singură zi pe săptămână pentru toată munca. Multi-agency meetings se anulează mereu.",
    identifiers: [],
    keep: [
      "SENCO",
      "45 de copii",
      "SEN register",
      "o singură zi pe săptămână",
      "Multi-agency meetings",
    ],
  },
  {
    text: "Bunica lui Matei îl aduce la școală, dar doamna Stoica nu vrea să vorbească cu ea fără mine, și eu lucrez în ture.",
    identifiers: [
      { kind: "name", value: "Matei" },
      { kind: "name", value: "Stoica" },
    ],
    keep: ["Bunica", "la școală", "lucrez în ture"],
  },
  {
    text: "Mulțumesc doamnei Pop-Mihăilescu de la Little Stars Nursery, ea a observat prima problemele Elenei cu auzul.",
    identifiers: [
      { kind: "name", value: "Pop-Mihăilescu" },
      { kind: "setting", value: "Little Stars Nursery" },
      { kind: "name", value: "Elenei" },
    ],
    keep: ["Mulțumesc", "a observat prima", "auzul"],
  },
  {
    text: "tel 07700-900-654 sau fix 020 7946 0321. Lucrez de noapte, dar sunați oricând pentru Luca, e urgent.",
    identifiers: [
      { kind: "phone", value: "07700-900-654" },
      { kind: "phone", value: "020 7946 0321" },
      { kind: "name", value: "Luca" },
    ],
    keep: ["Lucrez de noapte", "sunați oricând", "urgent"],
  },
  {
    text: "NHS: 9434765919. Gabriel are diabet de tip 1 și epilepsie, iar școala nu are asistentă medicală.",
    identifiers: [
      { kind: "nhs-number", value: "9434765919" },
      { kind: "name", value: "Gabriel" },
    ],
    keep: ["diabet de tip 1", "epilepsie", "asistentă medicală"],
  },
  {
    text: "am 17 ani si vreau sa merg la colegiu dar nimeni nu ma ajuta cu planul",
    identifiers: [],
    keep: ["am 17 ani", "colegiu", "nimeni nu ma ajuta", "planul"],
  },
  {
    text: "Fiul meu stefan are dispraxie. Domnul Constantinescu de la scoala a zis ca e lenes si ca trebuie sa se straduiasca mai mult.",
    identifiers: [
      { kind: "name", value: "stefan" },
      { kind: "name", value: "Constantinescu" },
    ],
    keep: ["Fiul meu", "dispraxie", "lenes", "sa se straduiasca"],
  },
  {
    text: "Ana-Maria are 10 ani și sindrom Down. Vrea să aibă prieteni, dar la pauză stă singură cu TA-ul.",
    identifiers: [
      { kind: "name", value: "Ana-Maria" },
      { kind: "age", value: "10 ani" },
    ],
    keep: ["sindrom Down", "prieteni", "la pauză", "stă singură", "TA-ul"],
  },
  {
    text: "Ce faci cu un copil care nu mai iese din camera lui? CAMHS spune ca nu e destul de grav.",
    identifiers: [],
    keep: ["nu mai iese din camera lui", "CAMHS", "destul de grav"],
  },
  {
    text: "doamna învățătoare Cristina mă ajută la mate. Alin râde de mine",
    identifiers: [
      { kind: "name", value: "Cristina" },
      { kind: "name", value: "Alin" },
    ],
    keep: ["învățătoare", "mă ajută la mate", "râde de mine"],
  },
  {
    text: "Vreau să mulțumesc lui Florin, asistentul de la clasă, și doamnei Munteanu de la speech and language. Fără ei nu ar fi vorbit deloc.",
    identifiers: [
      { kind: "name", value: "Florin" },
      { kind: "name", value: "Munteanu" },
    ],
    keep: ["asistentul de la clasă", "speech and language", "nu ar fi vorbit deloc"],
  },
  {
    text: "Mă numesc Cosmin și am 15 ani. La college nu înțelege nimeni că am nevoie de pauze.",
    identifiers: [
      { kind: "name", value: "Cosmin" },
      { kind: "age", value: "15 ani" },
    ],
    keep: ["Mă numesc", "college", "am nevoie de pauze"],
  },
  {
    text: "Ca logoped am în grijă copii ca Iulia și Răzvan, care așteaptă de peste un an o evaluare completă.",
    identifiers: [
      { kind: "name", value: "Iulia" },
      { kind: "name", value: "Răzvan" },
    ],
    keep: ["logoped", "de peste un an", "evaluare completă"],
  },
  {
    text: "Ionut nu a mai fost la scoala de 3 luni. Scoala zice ca e 'school refusal' dar el are atacuri de panica.",
    identifiers: [{ kind: "name", value: "Ionut" }],
    keep: ["de 3 luni", "school refusal", "atacuri de panica"],
  },
  {
    text: "Mulțumesc că ne întrebați. E prima dată când cineva vrea să știe ce cred părinții.",
    identifiers: [],
    keep: ["Mulțumesc", "prima dată", "ce cred părinții"],
  },
];
