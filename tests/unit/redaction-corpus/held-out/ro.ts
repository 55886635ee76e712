import type { CorpusComment } from "../types";

/** Held-out Romanian comments, written independently of the rules and the first corpus. */
export const corpus: CorpusComment[] = [
  {
    text: "Am așteptat evaluarea pentru autism aproape 18 luni. Nimeni nu ne-a spus ce să facem între timp și ne-am simțit complet singuri.",
    identifiers: [],
    keep: ["evaluarea pentru autism", "18 luni", "complet singuri"],
  },
  {
    text: "Fiul meu Andrei are 10 ani și nu primește niciun sprijin la școală, deși are EHCP de doi ani.",
    identifiers: [
      { kind: "name", value: "Andrei" },
      { kind: "age", value: "10 ani" },
    ],
    keep: ["Fiul meu", "sprijin", "EHCP", "de doi ani"],
  },
  {
    text: "Doamna Popescu, SENCo la Greenfield Academy, a fost singura care ne-a ascultat cu adevărat. Îi mulțumesc doamnei Popescu din suflet.",
    identifiers: [
      { kind: "name", value: "Popescu" },
      { kind: "setting", value: "Greenfield Academy" },
    ],
    keep: ["Doamna", "SENCo", "ne-a ascultat", "din suflet"],
  },
  {
    text: "Vă rog să mă sunați la 07723 456 789 după ora 5. Pot povesti mai multe despre terapia logopedică a Ioanei, care abia a început.",
    identifiers: [
      { kind: "phone", value: "07723 456 789" },
      { kind: "name", value: "Ioanei" },
    ],
    keep: ["Vă rog", "terapia logopedică", "abia a început"],
  },
  {
    text: "Am vorbit cu domnul Ionescu de la consiliu de mai multe ori, dar planul lui Mihai tot nu e gata. Numărul dosarului: SEN/24/00931.",
    identifiers: [
      { kind: "name", value: "Ionescu" },
      { kind: "name", value: "Mihai" },
      { kind: "reference", value: "SEN/24/00931" },
    ],
    keep: ["consiliu", "de mai multe ori", "planul", "tot nu e gata", "Numărul dosarului"],
  },
  {
    text: "Nu-mi place pauza pentru că e prea multă gălăgie. Prefer să stau în bibliotecă cu doamna de sprijin, acolo mă liniștesc.",
    identifiers: [],
    keep: ["pauza", "gălăgie", "bibliotecă", "doamna de sprijin", "mă liniștesc"],
  },
  {
    text: "Fata mea, Speranța, are sindrom Down. Locuim pe 52 Whitehall Road, Birmingham B9 5JH, iar transportul la școală întârzie mereu. Nu mai avem nicio speranță că se rezolvă.",
    identifiers: [
      { kind: "name", value: "Speranța" },
      { kind: "address", value: "52 Whitehall Road" },
      { kind: "postcode", value: "B9 5JH" },
    ],
    keep: ["Fata mea", "sindrom Down", "transportul", "întârzie mereu", "nicio speranță"],
  },
  {
    text: "Dr. Lupu de la CAMHS ne-a trimis la terapie pe 3 aprilie 2024 și de atunci nimic. Numărul NHS al lui Ștefan este 996-030-8243.",
    identifiers: [
      { kind: "name", value: "Lupu" },
      { kind: "date", value: "3 aprilie 2024" },
      { kind: "name", value: "Ștefan" },
      { kind: "nhs-number", value: "996-030-8243" },
    ],
    keep: ["CAMHS", "terapie", "de atunci nimic", "Numărul NHS"],
  },
  {
    text: "Bunica Mioara îl ia pe Vlăduț de la școală pentru că eu lucrez în ture. Școala mă sună doar pe mine, deși ea îl cunoaște cel mai bine.",
    identifiers: [
      { kind: "name", value: "Mioara" },
      { kind: "name", value: "Vlăduț" },
    ],
    keep: ["Bunica", "în ture", "cel mai bine"],
  },
  {
    text: "răzvan are ADHD și autism, dar school-ul refuză să facă un assessment. Le-am scris la cristina punct dumitru at yahoo punct com și nimic.",
    identifiers: [
      { kind: "name", value: "răzvan" },
      { kind: "email", value: "cristina punct dumitru at yahoo punct com" },
    ],
    keep: ["ADHD", "autism", "refuză", "assessment"],
  },
  {
    text: "Părinții nu sunt ascultați la annual review. Obiectivele sunt copiate de la an la an, iar sprijinul din secțiunea F nu există în realitate.",
    identifiers: [],
    keep: ["Părinții", "annual review", "Obiectivele", "secțiunea F", "nu există"],
  },
  {
    text: "ALEXANDRA STAN DIN YEAR 7 AȘTEAPTĂ UN LOC LA O ȘCOALĂ SPECIALĂ DE DOI ANI. E O RUȘINE!",
    identifiers: [
      { kind: "name", value: "ALEXANDRA STAN" },
      { kind: "age", value: "YEAR 7" },
    ],
    keep: ["ȘCOALĂ SPECIALĂ", "DE DOI ANI", "RUȘINE"],
  },
  {
    text: "Informațiile despre local offer sunt pe birmingham.gov.uk/localoffer, dar nimic nu e tradus în română. I-am arătat și Biancăi de la grupul de sprijin.",
    identifiers: [
      { kind: "url", value: "birmingham.gov.uk/localoffer" },
      { kind: "name", value: "Biancăi" },
    ],
    keep: ["local offer", "tradus în română", "grupul de sprijin"],
  },
  {
    text: "Ilinca (8 ani) se simte foarte bine în clasa nouă, iar doamna Geta, asistenta ei, e minunată.",
    identifiers: [
      { kind: "name", value: "Ilinca" },
      { kind: "age", value: "8 ani" },
      { kind: "name", value: "Geta" },
    ],
    keep: ["foarte bine", "clasa nouă", "asistenta", "minunată"],
  },
  {
    text: "Serviciile de respiro sunt foarte bune, dar doar 6 ore pe lună nu ajung, mai ales în vacanța de vară.",
    identifiers: [],
    keep: ["Serviciile de respiro", "6 ore pe lună", "vacanța de vară"],
  },
  {
    text: "Nu a venit interpretul, așa că a tradus soțul meu, Costel. Contact: 0121 496 0874 sau costel.florea@gmail.com",
    identifiers: [
      { kind: "name", value: "Costel" },
      { kind: "phone", value: "0121 496 0874" },
      { kind: "email", value: "costel.florea@gmail.com" },
    ],
    keep: ["interpretul", "soțul meu", "Contact"],
  },
  {
    text: "Sunt mama lui Darius. Darius are 15 ani, folosește scaun cu rotile și liftul de la școală e mereu stricat.",
    identifiers: [
      { kind: "name", value: "Darius" },
      { kind: "age", value: "15 ani" },
    ],
    keep: ["mama lui", "scaun cu rotile", "liftul", "mereu stricat"],
  },
  {
    text: "Ca profesoară, văd familii care renunță. Tribunalul nu ar trebui să fie singura cale spre un EHCP.",
    identifiers: [],
    keep: ["profesoară", "familii care renunță", "Tribunalul", "EHCP"],
  },
  {
    text: "Mulțumesc doamnei Ursu de la Rainbow Day Nursery și lui Mr Crăciun, logopedul, care au observat problemele Anei foarte devreme.",
    identifiers: [
      { kind: "name", value: "Ursu" },
      { kind: "setting", value: "Rainbow Day Nursery" },
      { kind: "name", value: "Crăciun" },
      { kind: "name", value: "Anei" },
    ],
    keep: ["Mulțumesc", "logopedul", "au observat", "foarte devreme"],
  },
  {
    text: "Gabriela și Marius Tănase – fiul nostru a fost exclus de 3 ori în trimestrul ăsta. Am scris pe 2 octombrie, niciun răspuns. Tel. +447845330214",
    identifiers: [
      { kind: "name", value: "Gabriela" },
      { kind: "name", value: "Marius Tănase" },
      { kind: "date", value: "2 octombrie" },
      { kind: "phone", value: "+447845330214" },
    ],
    keep: ["fiul nostru", "exclus", "de 3 ori", "niciun răspuns"],
  },
];
