import type { CorpusComment } from "../types";

/** Held-out English comments, written independently of the rules and the first corpus. */
export const corpus: CorpusComment[] = [
  {
    text: "The EHCP took over 18 months to finish and nobody told us why. We felt completely ignored by the local authority.",
    identifiers: [],
    keep: ["EHCP", "18 months", "ignored", "local authority"],
  },
  {
    text: "My son Callum waited two years for an autism assessment. The CAMHS team were kind but the waiting list is far too long.",
    identifiers: [{ kind: "name", value: "Callum" }],
    keep: ["My son", "two years", "autism assessment", "CAMHS", "waiting list"],
  },
  {
    text: "Mrs Okafor, the SENCo at Riverside Primary School, was the only one who actually listened. She rang me back every single week.",
    identifiers: [
      { kind: "name", value: "Okafor" },
      { kind: "setting", value: "Riverside Primary School" },
    ],
    keep: ["SENCo", "listened", "every single week"],
  },
  {
    text: "This is Danielle, happy to talk more about the speech and language therapy. Please call me on 07700 900461 or email danielle dot ward at yahoo dot co dot uk.",
    identifiers: [
      { kind: "name", value: "Danielle" },
      { kind: "phone", value: "07700 900461" },
      { kind: "email", value: "danielle dot ward at yahoo dot co dot uk" },
    ],
    keep: ["happy to talk", "speech and language therapy", "Please call me"],
  },
  {
    text: "my daughter grace is in year 5 and has been out of school since 3rd March 2024. the council keep saying a place is coming but it never does",
    identifiers: [
      { kind: "name", value: "grace" },
      { kind: "age", value: "year 5" },
      { kind: "date", value: "3rd March 2024" },
    ],
    keep: ["my daughter", "out of school", "the council", "a place is coming"],
  },
  {
    text: "I am autistic and I hate the noisy dinner hall. I eat my lunch in the library with my TA now and it is much better.",
    identifiers: [],
    keep: ["autistic", "noisy dinner hall", "library", "TA", "much better"],
  },
  {
    text: "Our paediatrician Dr Patel referred Ellie to OT last winter and we still have not had an appointment. Her NHS number is 943 476 5919 if anyone wants to check.",
    identifiers: [
      { kind: "name", value: "Patel" },
      { kind: "name", value: "Ellie" },
      { kind: "nhs-number", value: "943 476 5919" },
    ],
    keep: ["paediatrician", "OT", "last winter", "appointment", "NHS number"],
  },
  {
    text: "Jack Thompson (Year 9) has been excluded three times this term. His mum wrote to the head but nothing changed. Our ref: EHC/2023/04417.",
    identifiers: [
      { kind: "name", value: "Jack Thompson" },
      { kind: "age", value: "Year 9" },
      { kind: "reference", value: "EHC/2023/04417" },
    ],
    keep: ["excluded", "three times this term", "His mum", "nothing changed"],
  },
  {
    text: "Mason's transport to school is a nightmare. We live at 14 Hollybush Lane, Leeds LS6 2QT and the taxi turns up late most mornings, so he arrives dysregulated.",
    identifiers: [
      { kind: "name", value: "Mason" },
      { kind: "address", value: "14 Hollybush Lane" },
      { kind: "postcode", value: "LS6 2QT" },
    ],
    keep: ["transport to school", "nightmare", "taxi", "late most mornings", "dysregulated"],
  },
  {
    text: "Information about the local offer is impossible to find. Hannah from the parent carer forum sent me hertsdirect.org/localoffer but it just goes round in circles.",
    identifiers: [
      { kind: "name", value: "Hannah" },
      { kind: "url", value: "hertsdirect.org/localoffer" },
    ],
    keep: ["local offer", "impossible to find", "parent carer forum", "round in circles"],
  },
  {
    text: "Parents are not listened to at annual reviews. The targets are copied from last year and the provision in section F never actually happens.",
    identifiers: [],
    keep: ["annual reviews", "targets", "section F", "provision"],
  },
  {
    text: "Nanny Pat does most of the school runs because I work nights. The school only ever phone me, never her, even though she knows Alfie best.",
    identifiers: [
      { kind: "name", value: "Pat" },
      { kind: "name", value: "Alfie" },
    ],
    keep: ["Nanny", "school runs", "work nights", "knows"],
  },
  {
    text: "KAYLEIGH'S SUPPORT WORKER LEFT AND NOBODY REPLACED HER FOR 4 MONTHS. SHE HAS ADHD AND NEEDS CONSISTENCY, NOT A NEW FACE EVERY WEEK.",
    identifiers: [{ kind: "name", value: "KAYLEIGH" }],
    keep: ["SUPPORT WORKER", "4 MONTHS", "ADHD", "CONSISTENCY"],
  },
  {
    text: "As a practitioner I see families give up. One mum, Shannon, told me she was done fighting. Tribunal should not be the only route to an EHCP.",
    identifiers: [{ kind: "name", value: "Shannon" }],
    keep: ["practitioner", "families give up", "done fighting", "Tribunal", "EHCP"],
  },
  {
    text: "Uncle Bilal translated everything at the meeting because no interpreter was booked. That is not OK. Contact: 0113 496 0732 or bilal.k@outlook.com",
    identifiers: [
      { kind: "name", value: "Bilal" },
      { kind: "phone", value: "0113 496 0732" },
      { kind: "email", value: "bilal.k@outlook.com" },
    ],
    keep: ["Uncle", "interpreter", "not OK"],
  },
  {
    text: "Ahmed Hussain, Freya's dad, asked me to write this: the respite service at Oakfield House has closed and there is nothing else in the area.",
    identifiers: [
      { kind: "name", value: "Ahmed Hussain" },
      { kind: "name", value: "Freya" },
      { kind: "setting", value: "Oakfield House" },
    ],
    keep: ["dad", "respite service", "closed", "nothing else"],
  },
  {
    text: "I'm 14 and I use a wheelchair. The new building has a lift but it is always broken so I miss lessons upstairs.",
    identifiers: [],
    keep: ["14", "wheelchair", "lift", "always broken", "miss lessons"],
  },
  {
    text: "Text me on +44 7911 123456. My boy Reece, aged 7, has been on a part-time timetable since 12/09/2023 and I have been told that is not even legal.",
    identifiers: [
      { kind: "phone", value: "+44 7911 123456" },
      { kind: "name", value: "Reece" },
      { kind: "age", value: "aged 7" },
      { kind: "date", value: "12/09/2023" },
    ],
    keep: ["My boy", "part-time timetable", "not even legal"],
  },
  {
    text: "Thank you to Miss Begum and Ms Wilson-Grant at Little Acorns Nursery, they spotted Ruby's needs early and pushed for the funding.",
    identifiers: [
      { kind: "name", value: "Begum" },
      { kind: "name", value: "Wilson-Grant" },
      { kind: "setting", value: "Little Acorns Nursery" },
      { kind: "name", value: "Ruby" },
    ],
    keep: ["Thank you", "spotted", "needs early", "funding"],
  },
  {
    text: "The short breaks we get are brilliant but there are only 6 hours a month. We need more, especially in the summer holidays.",
    identifiers: [],
    keep: ["short breaks", "brilliant", "6 hours a month", "summer holidays"],
  },
];
