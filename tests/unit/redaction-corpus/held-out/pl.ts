import type { CorpusComment } from "../types";

/** Held-out Polish comments, written independently of the rules and the first corpus. */
export const corpus: CorpusComment[] = [
  {
    text: "Czekaliśmy na diagnozę autyzmu prawie 18 miesięcy. Nikt nam nie powiedział, co robić w międzyczasie. Czuliśmy się zupełnie sami.",
    identifiers: [],
    keep: ["diagnozę autyzmu", "18 miesięcy", "zupełnie sami"],
  },
  {
    text: "Mój syn Kuba ma 8 lat i od pół roku nie chodzi do szkoły, bo nie ma dla niego asystenta. Szkoła mówi, że nie ma pieniędzy.",
    identifiers: [
      { kind: "name", value: "Kuba" },
      { kind: "age", value: "8 lat" },
    ],
    keep: ["Mój syn", "od pół roku", "asystenta", "nie ma pieniędzy"],
  },
  {
    text: "Pani Wróbel, koordynatorka SEN w St Mary's Primary, bardzo nam pomogła. Bez pani Wróbel nic byśmy nie załatwili.",
    identifiers: [
      { kind: "name", value: "Wróbel" },
      { kind: "setting", value: "St Mary's Primary" },
    ],
    keep: ["koordynatorka SEN", "bardzo nam pomogła", "nic byśmy nie załatwili"],
  },
  {
    text: "Proszę dzwonić pod numer 07912 345 678, najlepiej po południu. Chętnie opowiem więcej o terapii logopedycznej dla Zosi.",
    identifiers: [
      { kind: "phone", value: "07912 345 678" },
      { kind: "name", value: "Zosi" },
    ],
    keep: ["po południu", "terapii logopedycznej"],
  },
  {
    text: "Rozmawiałam z panią Kowalską z urzędu kilka razy, ale plan EHCP dla Szymona nadal nie jest gotowy. Numer sprawy: EHC-2024-11873.",
    identifiers: [
      { kind: "name", value: "Kowalską" },
      { kind: "name", value: "Szymona" },
      { kind: "reference", value: "EHC-2024-11873" },
    ],
    keep: ["urzędu", "kilka razy", "plan EHCP", "nadal nie jest gotowy", "Numer sprawy"],
  },
  {
    text: "Nie lubię przerwy, bo jest za głośno. Wolę siedzieć w bibliotece z panią od pomocy, wtedy jest spokojnie.",
    identifiers: [],
    keep: ["przerwy", "za głośno", "bibliotece", "z panią od pomocy", "spokojnie"],
  },
  {
    text: "Moja córka Róża ma zespół Downa. Mieszkamy pod adresem 27 Cavendish Road, Bristol BS7 8HN i autobus szkolny nigdy nie przyjeżdża na czas.",
    identifiers: [
      { kind: "name", value: "Róża" },
      { kind: "address", value: "27 Cavendish Road" },
      { kind: "postcode", value: "BS7 8HN" },
    ],
    keep: ["Moja córka", "zespół Downa", "autobus szkolny", "na czas"],
  },
  {
    text: "Dr Nowak z CAMHS skierował nas na terapię 14 marca 2024 r. i do dziś cisza. Numer NHS Bartka: 186 091 3903, może ktoś sprawdzi.",
    identifiers: [
      { kind: "name", value: "Nowak" },
      { kind: "date", value: "14 marca 2024" },
      { kind: "name", value: "Bartka" },
      { kind: "nhs-number", value: "186 091 3903" },
    ],
    keep: ["CAMHS", "terapię", "do dziś cisza", "Numer NHS"],
  },
  {
    text: "Babcia Halinka odbiera Olka ze szkoły, bo pracuję na zmiany. Szkoła dzwoni tylko do mnie, a to babcia wie o nim najwięcej.",
    identifiers: [
      { kind: "name", value: "Halinka" },
      { kind: "name", value: "Olka" },
    ],
    keep: ["Babcia", "na zmiany", "najwięcej"],
  },
  {
    text: "Tomek ma ADHD i autism, ale school nie chce zrobić assessmentu. Piszę do nich na agnieszka.zielinska＠wp.pl i zero odpowiedzi.",
    identifiers: [
      { kind: "name", value: "Tomek" },
      { kind: "email", value: "agnieszka.zielinska＠wp.pl" },
    ],
    keep: ["ADHD", "autism", "assessmentu", "zero odpowiedzi"],
  },
  {
    text: "Rodzice nie są słuchani na spotkaniach annual review. Cele są kopiowane z zeszłego roku, a wsparcie z sekcji F w ogóle nie istnieje.",
    identifiers: [],
    keep: ["Rodzice", "annual review", "Cele", "sekcji F", "nie istnieje"],
  },
  {
    text: "WIKTORIA ŁUKASIEWICZ Z KLASY 6 CZEKA NA MIEJSCE W SZKOLE SPECJALNEJ OD DWÓCH LAT. TO SKANDAL!!!",
    identifiers: [
      { kind: "name", value: "WIKTORIA ŁUKASIEWICZ" },
      { kind: "age", value: "KLASY 6" },
    ],
    keep: ["SZKOLE SPECJALNEJ", "OD DWÓCH LAT", "SKANDAL"],
  },
  {
    text: "informacje o local offer są niby na bristol.gov.uk/localoffer ale nic tam nie ma po polsku. pokazałam to marcie z grupy wsparcia i też nic nie znalazła",
    identifiers: [
      { kind: "url", value: "bristol.gov.uk/localoffer" },
      { kind: "name", value: "marcie" },
    ],
    keep: ["local offer", "po polsku", "grupy wsparcia", "nic nie znalazła"],
  },
  {
    text: "Ola (Year 4) świetnie się czuje w nowej klasie, a pani Basia, jej TA, jest po prostu cudowna.",
    identifiers: [
      { kind: "name", value: "Ola" },
      { kind: "age", value: "Year 4" },
      { kind: "name", value: "Basia" },
    ],
    keep: ["świetnie", "nowej klasie", "TA", "cudowna"],
  },
  {
    text: "Krótkie przerwy wytchnieniowe są super, ale tylko 6 godzin w miesiącu to za mało, zwłaszcza w wakacje.",
    identifiers: [],
    keep: ["przerwy wytchnieniowe", "6 godzin w miesiącu", "za mało", "wakacje"],
  },
  {
    text: "Tłumacz nie przyszedł na spotkanie, więc tłumaczył mój mąż Grzegorz. Kontakt: 0117 496 0521 albo grzesiek kropka mazur małpa gmail kropka com.",
    identifiers: [
      { kind: "name", value: "Grzegorz" },
      { kind: "phone", value: "0117 496 0521" },
      { kind: "email", value: "grzesiek kropka mazur małpa gmail kropka com" },
    ],
    keep: ["Tłumacz", "spotkanie", "mój mąż", "Kontakt"],
  },
  {
    text: "Jestem mamą Filipa. Filip ma 15 lat, porusza się na wózku, a winda w szkole ciągle jest zepsuta, więc opuszcza lekcje.",
    identifiers: [
      { kind: "name", value: "Filipa" },
      { kind: "name", value: "Filip" },
      { kind: "age", value: "15 lat" },
    ],
    keep: ["mamą", "na wózku", "winda", "zepsuta", "opuszcza lekcje"],
  },
  {
    text: "Jako nauczycielka widzę, że rodziny się poddają. Trybunał nie powinien być jedyną drogą do EHCP.",
    identifiers: [],
    keep: ["nauczycielka", "rodziny się poddają", "Trybunał", "EHCP"],
  },
  {
    text: "Dziękuję pani Lis z przedszkola Little Stars i panu Kotowi z poradni – zauważyli problemy Leny bardzo wcześnie.",
    identifiers: [
      { kind: "name", value: "Lis" },
      { kind: "setting", value: "Little Stars" },
      { kind: "name", value: "Kotowi" },
      { kind: "name", value: "Leny" },
    ],
    keep: ["Dziękuję", "przedszkola", "poradni", "bardzo wcześnie"],
  },
  {
    text: "Kasia i Michał Wiśniewscy – syn dostał wykluczenie 3 razy w tym semestrze. Napisaliśmy 02.10.2024, odpowiedzi brak. Tel. +44 (0)7845 220 913",
    identifiers: [
      { kind: "name", value: "Kasia" },
      { kind: "name", value: "Michał Wiśniewscy" },
      { kind: "date", value: "02.10.2024" },
      { kind: "phone", value: "+44 (0)7845 220 913" },
    ],
    keep: ["wykluczenie", "3 razy", "w tym semestrze", "odpowiedzi brak"],
  },
];
