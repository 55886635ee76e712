import type { CorpusComment } from "./types";

/** Polish comments (Polish families in England), with English SEND terms mixed in. */
export const corpus: CorpusComment[] = [
  {
    text: "Mój syn Kuba czeka na diagnozę autyzmu od 2 lat. CAMHS ciągle mówi, że lista jest długa. Kuby nikt w szkole nie rozumie, a SENCO nie odpowiada na maile.",
    identifiers: [
      { kind: "name", value: "Kuba" },
      { kind: "name", value: "Kuby" },
    ],
    keep: [
      "Mój syn",
      "diagnozę autyzmu",
      "2 lat",
      "CAMHS",
      "lista jest długa",
      "SENCO nie odpowiada",
    ],
  },
  {
    text: "nie lubie jak jest głośno na przerwie",
    identifiers: [],
    keep: ["nie lubie", "głośno", "przerwie"],
  },
  {
    text: "Zosia nie chodzi do szkoly od stycznia bo ma ogromny lek. Szkola mowi ze to problem rodzicow. Nie mamy jeszcze EHCP.",
    identifiers: [{ kind: "name", value: "Zosia" }],
    keep: ["nie chodzi do szkoly", "od stycznia", "ogromny lek", "problem rodzicow", "EHCP"],
  },
  {
    text: "Proszę o kontakt: +48 601 234 567 albo 07700 900456. Pani Kowalska z Oakfield Primary obiecała spotkanie w sprawie EHC plan i nic.",
    identifiers: [
      { kind: "phone", value: "+48 601 234 567" },
      { kind: "phone", value: "07700 900456" },
      { kind: "name", value: "Kowalska" },
      { kind: "setting", value: "Oakfield Primary" },
    ],
    keep: ["Proszę o kontakt", "obiecała spotkanie", "EHC plan"],
  },
  {
    text: "Mój email to kasia.kowalska małpa wp.pl, proszę napisać po polsku. Córka ma dysleksję i nikt jej nie pomaga w czytaniu.",
    identifiers: [{ kind: "email", value: "kasia.kowalska małpa wp.pl" }],
    keep: ["po polsku", "Córka", "dysleksję", "czytaniu"],
  },
  {
    text: "piszcie na mama.kuby@gmail bo telefonu nie odbieram w pracy. Transport do szkoły specjalnej odwołali po annual review i teraz wożę go sama.",
    identifiers: [{ kind: "email", value: "mama.kuby@gmail" }],
    keep: ["w pracy", "Transport", "szkoły specjalnej", "annual review", "wożę go sama"],
  },
  {
    text: "Chodzę z Kubą na terapię mowy prywatnie, bo na NHS czekaliśmy 18 miesięcy i nic. Płacę 50 funtów za sesję, a mąż pracuje na dwa etaty.",
    identifiers: [{ kind: "name", value: "Kubą" }],
    keep: ["terapię mowy", "NHS", "18 miesięcy", "50 funtów", "dwa etaty"],
  },
  {
    text: "O Kubie w szkole mówią 'naughty boy'. On ma ADHD, a nie jest niegrzeczny. Pan Nowak, nauczyciel, krzyczy na niego przy całej klasie.",
    identifiers: [
      { kind: "name", value: "Kubie" },
      { kind: "name", value: "Nowak" },
    ],
    keep: ["naughty boy", "ADHD", "niegrzeczny", "nauczyciel", "krzyczy", "przy całej klasie"],
  },
  {
    text: "Z Bartkiem jest coraz gorzej, od września siedzi w domu. Szkoła daje tylko reduced timetable — godzina dziennie. Bartek ma 12 lat i chce się uczyć, tylko nie w hałasie.",
    identifiers: [
      { kind: "name", value: "Bartkiem" },
      { kind: "name", value: "Bartek" },
      { kind: "age", value: "12 lat" },
    ],
    keep: [
      "coraz gorzej",
      "siedzi w domu",
      "reduced timetable",
      "godzina dziennie",
      "chce się uczyć",
      "hałasie",
    ],
  },
  {
    text: "Dla Zosi nie ma miejsca w special school w naszym hrabstwie. Musi jeździć godzinę w jedną stronę taksówką i wraca wykończona.",
    identifiers: [{ kind: "name", value: "Zosi" }],
    keep: ["special school", "hrabstwie", "godzinę w jedną stronę", "taksówką", "wykończona"],
  },
  {
    text: "mam na imie ola i lubie rysowac. pani asia mi pomaga",
    identifiers: [
      { kind: "name", value: "ola" },
      { kind: "name", value: "asia" },
    ],
    keep: ["mam na imie", "rysowac", "pomaga"],
  },
  {
    text: "Staś ma 7 lat i zespół Downa. W Polsce chodził do Szkoły Podstawowej nr 5 i miał asystenta przez cały dzień, tutaj dostaje 10 godzin tygodniowo.",
    identifiers: [
      { kind: "name", value: "Staś" },
      { kind: "age", value: "7 lat" },
      { kind: "setting", value: "Szkoły Podstawowej nr 5" },
    ],
    keep: ["zespół Downa", "W Polsce", "asystenta", "10 godzin tygodniowo"],
  },
  {
    text: "Jestem asystentką nauczyciela (TA). Mam pod opieką pięcioro dzieci z EHCP w jednej klasie. Nasza SENCO Gosia Wójcik robi co może, ale brakuje ludzi.",
    identifiers: [
      { kind: "name", value: "Gosia" },
      { kind: "name", value: "Wójcik" },
    ],
    keep: ["asystentką nauczyciela", "TA", "pięcioro dzieci", "EHCP", "SENCO", "brakuje ludzi"],
  },
  {
    text: "Pracuję jako terapeutka zajęciowa. Lista oczekujących na ocenę sensoryczną to obecnie 40 tygodni. Rodziny dzwonią codziennie i płaczą do słuchawki.",
    identifiers: [],
    keep: [
      "terapeutka zajęciowa",
      "Lista oczekujących",
      "ocenę sensoryczną",
      "40 tygodni",
      "płaczą",
    ],
  },
  {
    text: "Nikt nas nie pytał o zdanie przy pisaniu planu. Dostaliśmy gotowy dokument i mieliśmy 15 dni na odpowiedź, po angielsku, bez tłumacza.",
    identifiers: [],
    keep: ["nie pytał o zdanie", "gotowy dokument", "15 dni", "po angielsku", "bez tłumacza"],
  },
  {
    text: "w szkole jest za duzo ludzi i boli mnie brzuch rano",
    identifiers: [],
    keep: ["za duzo ludzi", "boli mnie brzuch"],
  },
  {
    text: "Tribunal wygraliśmy, ale kosztowało nas to rok nerwów. Council i tak nie realizuje tego, co jest w planie.",
    identifiers: [],
    keep: ["Tribunal", "rok nerwów", "Council", "nie realizuje", "w planie"],
  },
  {
    text: "Numer NHS córki: 943-476-5919. Pediatra zmienił jej leki i nikt nie powiedział szkole. Urodziła się 3 maja 2015, jest wcześniakiem.",
    identifiers: [
      { kind: "nhs-number", value: "943-476-5919" },
      { kind: "date", value: "3 maja 2015" },
    ],
    keep: ["Numer NHS", "Pediatra", "leki", "nikt nie powiedział szkole", "wcześniakiem"],
  },
  {
    text: "Mój syn urodził się 12.03.2015 i od urodzenia ma padaczkę. Szkoła nie ma żadnego planu na wypadek ataku, a ja pracuję 40 minut od szkoły.",
    identifiers: [{ kind: "date", value: "12.03.2015" }],
    keep: ["padaczkę", "planu na wypadek ataku", "40 minut"],
  },
  {
    text: "Numer sprawy 12345678 — złożyłam skargę do council trzy miesiące temu, pani Dąbrowska z SEND team obiecała odpowiedź i dalej cisza.",
    identifiers: [
      { kind: "reference", value: "12345678" },
      { kind: "name", value: "Dąbrowska" },
    ],
    keep: ["Numer sprawy", "skargę", "council", "trzy miesiące temu", "SEND team", "dalej cisza"],
  },
  {
    text: "Polecam grupę dla polskich rodziców: mojablog.pl/send-w-anglii — tam się dowiedziałam, co to jest EHCP, bo szkoła mi nie powiedziała.",
    identifiers: [{ kind: "url", value: "mojablog.pl/send-w-anglii" }],
    keep: ["polskich rodziców", "EHCP", "szkoła mi nie powiedziała"],
  },
  {
    text: "Mieszkamy na 45 Wellington Road, ls16 5ab. Autobus szkolny do nas nie przyjeżdża, bo nasza ulica jest 'za wąska'.",
    identifiers: [
      { kind: "address", value: "45 Wellington Road" },
      { kind: "postcode", value: "ls16 5ab" },
    ],
    keep: ["Autobus szkolny", "nie przyjeżdża", "za wąska"],
  },
  {
    text: "Kontakt: gosia．nowak＠onet．pl. Jestem mamą dwójki dzieci z autyzmem i sama już nie daję rady.",
    identifiers: [{ kind: "email", value: "gosia．nowak＠onet．pl" }],
    keep: ["dwójki dzieci", "autyzmem", "nie daję rady"],
  },
  {
    text: "anna kropka nowak małpa gmail kropka com — tam proszę pisać. Tomek ma dyspraksję i nikt w szkole nie wie, co to jest.",
    identifiers: [
      { kind: "email", value: "anna kropka nowak małpa gmail kropka com" },
      { kind: "name", value: "Tomek" },
    ],
    keep: ["proszę pisać", "dyspraksję", "nikt w szkole nie wie"],
  },
  {
    text: "Pani Wisniewska z przedszkola powiedziala ze Jas jest po prostu niegrzeczny. Potem okazalo sie ze nie slyszy na jedno ucho.",
    identifiers: [
      { kind: "name", value: "Wisniewska" },
      { kind: "name", value: "Jas" },
    ],
    keep: ["przedszkola", "niegrzeczny", "nie slyszy na jedno ucho"],
  },
  {
    text: "KUBA NIE JEST LENIWY. MA DYSLEKSJE. PROSZE TO ZROZUMIEC.",
    identifiers: [{ kind: "name", value: "KUBA" }],
    keep: ["NIE JEST LENIWY", "DYSLEKSJE", "ZROZUMIEC"],
  },
  {
    text: "Jako social worker widzę, że multi-agency meetings odbywają się bez rodziców. Pani Zielińska z health visiting jest jedyną osobą, która zawsze przychodzi.",
    identifiers: [{ kind: "name", value: "Zielińska" }],
    keep: [
      "social worker",
      "multi-agency meetings",
      "bez rodziców",
      "health visiting",
      "zawsze przychodzi",
    ],
  },
  {
    text: "My daughter Oliwia Mazur needs help. Ona nie mówi po angielsku w szkole, tylko w domu. Selective mutism, they said, but no therapy.",
    identifiers: [
      { kind: "name", value: "Oliwia" },
      { kind: "name", value: "Mazur" },
    ],
    keep: [
      "My daughter",
      "nie mówi po angielsku",
      "tylko w domu",
      "Selective mutism",
      "no therapy",
    ],
  },
  {
    text: "Nauczycielka Anna jest super, ale odchodzi w lipcu. Maja płacze, bo to jedyna osoba, której ufa.",
    identifiers: [
      { kind: "name", value: "Anna" },
      { kind: "name", value: "Maja" },
    ],
    keep: ["Nauczycielka", "odchodzi", "płacze", "której ufa"],
  },
  {
    text: "Tel. 07700 900 789 lub domowy 0113 496 0123. Mąż pracuje na zmiany, więc to ja chodzę na wszystkie spotkania z SEND team.",
    identifiers: [
      { kind: "phone", value: "07700 900 789" },
      { kind: "phone", value: "0113 496 0123" },
    ],
    keep: ["domowy", "na zmiany", "wszystkie spotkania", "SEND team"],
  },
  {
    text: "Filip jest w Year 6 w St Joseph's i strasznie boi się przejścia do secondary. Transition plan nie istnieje.",
    identifiers: [
      { kind: "name", value: "Filip" },
      { kind: "age", value: "Year 6" },
      { kind: "setting", value: "St Joseph's" },
    ],
    keep: ["boi się", "secondary", "Transition plan nie istnieje"],
  },
  {
    text: "Jan Kowalski, tata Igi. Od roku walczymy o EHC needs assessment i dwa razy nam odmówiono.",
    identifiers: [
      { kind: "name", value: "Jan" },
      { kind: "name", value: "Kowalski" },
      { kind: "name", value: "Igi" },
    ],
    keep: ["tata", "Od roku", "EHC needs assessment", "dwa razy nam odmówiono"],
  },
  {
    text: "mam 16 lat i nikt mnie nie pytał o college. chce isc na mechanike",
    identifiers: [],
    keep: ["mam 16 lat", "nikt mnie nie pytał", "college", "mechanike"],
  },
  {
    text: "mój syn kuba ma 9 lat i nadal nie ma diagnozy. lekarz rodzinny mówi żeby czekać",
    identifiers: [
      { kind: "name", value: "kuba" },
      { kind: "age", value: "9 lat" },
    ],
    keep: ["mój syn", "nie ma diagnozy", "lekarz rodzinny", "czekać"],
  },
  {
    text: "Dziękuję pani Ewie i panu Markowi z Little Acorns Nursery za cierpliwość do Michałka. Pierwszy raz ktoś go naprawdę zauważył.",
    identifiers: [
      { kind: "name", value: "Ewie" },
      { kind: "name", value: "Markowi" },
      { kind: "setting", value: "Little Acorns Nursery" },
      { kind: "name", value: "Michałka" },
    ],
    keep: ["Dziękuję", "cierpliwość", "naprawdę zauważył"],
  },
  {
    text: "NHS 9434765919. Wojtek czeka na wózek od 14 miesięcy. Babcia w Polsce dzwoni z +48 512 345 678 i pyta, czemu tu tak długo.",
    identifiers: [
      { kind: "nhs-number", value: "9434765919" },
      { kind: "name", value: "Wojtek" },
      { kind: "phone", value: "+48 512 345 678" },
    ],
    keep: ["wózek", "14 miesięcy", "Babcia", "w Polsce", "tak długo"],
  },
  {
    text: "Natalka ma zespół Aspergera i w końcu dostała miejsce w resource base. Pierwszy raz od lat wraca ze szkoły uśmiechnięta.",
    identifiers: [{ kind: "name", value: "Natalka" }],
    keep: ["zespół Aspergera", "resource base", "od lat", "uśmiechnięta"],
  },
  {
    text: "Ciocia Basia przyprowadza Szymka do szkoły, bo ja zaczynam pracę o 6. Szkoła nie chce z nią rozmawiać o planie, bo nie jest rodzicem.",
    identifiers: [
      { kind: "name", value: "Basia" },
      { kind: "name", value: "Szymka" },
    ],
    keep: ["Ciocia", "o 6", "rozmawiać o planie", "nie jest rodzicem"],
  },
  {
    text: "pan Adam od wfu jest fajny. Krzysiek mi dokucza na przerwie",
    identifiers: [
      { kind: "name", value: "Adam" },
      { kind: "name", value: "Krzysiek" },
    ],
    keep: ["od wfu", "fajny", "dokucza", "przerwie"],
  },
  {
    text: "Czekamy na logopedę od półtora roku. Syn ma 2 lata opóźnienia w mowie i coraz bardziej się wycofuje.",
    identifiers: [],
    keep: ["logopedę", "półtora roku", "2 lata", "opóźnienia w mowie", "wycofuje"],
  },
  {
    text: "nie chce do szkoly. tam jest smutno",
    identifiers: [],
    keep: ["nie chce do szkoly", "smutno"],
  },
  {
    text: "W naszym zespole jest 3 psychologów na całe hrabstwo, a dzieci z EHCP przybywa co miesiąc. Waiting list rośnie szybciej niż zatrudniamy.",
    identifiers: [],
    keep: ["3 psychologów", "całe hrabstwo", "EHCP", "co miesiąc", "Waiting list"],
  },
  {
    text: "Dziękuję, że ktoś w końcu pyta rodziców o zdanie.",
    identifiers: [],
    keep: ["Dziękuję", "pyta rodziców o zdanie"],
  },
];
