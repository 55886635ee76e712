import type { CorpusComment } from "./types";

/** English comments: parents/carers, children and young people, practitioners. */
export const corpus: CorpusComment[] = [
  {
    text: "My son Jack has been waiting 18 months for an autism assessment and CAMHS keep telling us he is not bad enough. He hasn't been to school since Easter. Mrs Green at Oakwood Academy has tried her best but the school can't meet his needs without an EHCP. I am exhausted.",
    identifiers: [
      { kind: "name", value: "Jack" },
      { kind: "name", value: "Green" },
      { kind: "setting", value: "Oakwood Academy" },
    ],
    keep: [
      "My son",
      "18 months",
      "autism assessment",
      "CAMHS",
      "hasn't been to school",
      "EHCP",
      "exhausted",
    ],
  },
  {
    text: "i dont like the noisy dinner hall it hurts my ears",
    identifiers: [],
    keep: ["noisy", "dinner hall", "hurts my ears"],
  },
  {
    text: "As an educational psychologist my caseload is over 90 children and the waiting list for statutory advice is now 30 weeks. Multi-agency meetings get cancelled because health don't send anyone.",
    identifiers: [],
    keep: [
      "educational psychologist",
      "caseload",
      "90 children",
      "waiting list",
      "30 weeks",
      "Multi-agency",
      "cancelled",
    ],
  },
  {
    text: "Please call me about my daughter amelia, the EHC plan still says she needs speech therapy but she has not had a single session this year. My number is 07700 900123 or the landline 020 7946 0018.",
    identifiers: [
      { kind: "name", value: "amelia" },
      { kind: "phone", value: "07700 900123" },
      { kind: "phone", value: "020 7946 0018" },
    ],
    keep: ["my daughter", "EHC plan", "speech therapy", "single session", "landline"],
  },
  {
    text: "Kwame is in Year 4 at St Mary's and he gets sent home nearly every week because they say they can't manage his behaviour. Part-time timetable for two terms now. Nobody has mentioned exclusion on paper.",
    identifiers: [
      { kind: "name", value: "Kwame" },
      { kind: "age", value: "Year 4" },
      { kind: "setting", value: "St Mary's" },
    ],
    keep: ["sent home", "behaviour", "Part-time timetable", "two terms", "exclusion"],
  },
  {
    text: "The council cut our transport after the annual review. I now drive 40 minutes each way twice a day and had to give up my job. Case ref EHC/2023/0456 if anyone actually reads this.",
    identifiers: [{ kind: "reference", value: "EHC/2023/0456" }],
    keep: ["council", "transport", "annual review", "40 minutes", "give up my job"],
  },
  {
    text: "my TA Priya is the best she helps me when i get stuck",
    identifiers: [{ kind: "name", value: "Priya" }],
    keep: ["my TA", "the best", "helps me", "stuck"],
  },
  {
    text: "I'm 17 and nobody asked me what I wanted at my transition review. They talked to my mum the whole time.",
    identifiers: [],
    keep: ["I'm 17", "nobody asked me", "transition review", "my mum"],
  },
  {
    text: "We went to tribunal to get Tyler's EHCP to name a specialist placement and we won, but it took 14 months and cost us £3,000 in private reports. The LA conceded the day before the hearing. Why put families through that?",
    identifiers: [{ kind: "name", value: "Tyler" }],
    keep: [
      "tribunal",
      "EHCP",
      "specialist placement",
      "14 months",
      "£3,000",
      "private reports",
      "conceded",
      "hearing",
    ],
  },
  {
    text: "You can email me at chantelle.brown84@gmail.com — my son has ADHD and dyslexia and his secondary school has never once put in the support from his plan.",
    identifiers: [{ kind: "email", value: "chantelle.brown84@gmail.com" }],
    keep: ["ADHD", "dyslexia", "secondary school", "support from his plan"],
  },
  {
    text: "if you want to talk to me its sam dot okafor at outlook dot com. My twins are both autistic and only one got a place at the specialist provision",
    identifiers: [{ kind: "email", value: "sam dot okafor at outlook dot com" }],
    keep: ["twins", "autistic", "specialist provision"],
  },
  {
    text: "Contact: priya.sharma＠yahoo.co.uk. Our SENCO Sarah left in September and nobody replaced her, so the reviews just stopped.",
    identifiers: [
      { kind: "email", value: "priya.sharma＠yahoo.co.uk" },
      { kind: "name", value: "Sarah" },
    ],
    keep: ["Our SENCO", "nobody replaced her", "reviews just stopped"],
  },
  {
    text: "NHS number 943 476 5919 — the paediatrician discharged him without telling us and now the GP says he has to be re-referred from scratch.",
    identifiers: [{ kind: "nhs-number", value: "943 476 5919" }],
    keep: ["paediatrician", "discharged", "GP", "re-referred from scratch"],
  },
  {
    text: "We live at 12 Acacia Avenue, LS16 5AB and the nearest special school with a place is over an hour away. Aisha can't cope in the taxi that long, she arrives dysregulated and the day is lost.",
    identifiers: [
      { kind: "address", value: "12 Acacia Avenue" },
      { kind: "postcode", value: "LS16 5AB" },
      { kind: "name", value: "Aisha" },
    ],
    keep: ["special school", "over an hour away", "taxi", "dysregulated"],
  },
  {
    text: "Oliwia was born on 3rd March 2015 and diagnosed with autism at the Child Development Centre when she was tiny, but we didn't get an EHCP for another five years. Moja córka deserved better.",
    identifiers: [
      { kind: "name", value: "Oliwia" },
      { kind: "date", value: "3rd March 2015" },
    ],
    keep: [
      "autism",
      "Child Development Centre",
      "EHCP",
      "five years",
      "Moja córka",
      "deserved better",
    ],
  },
  {
    text: "JACK PUSHES ME AT PLAYTIME AND THE TEACHERS DONT SEE",
    identifiers: [{ kind: "name", value: "JACK" }],
    keep: ["PUSHES ME", "PLAYTIME", "TEACHERS"],
  },
  {
    text: "Dr O'Neill at the hospital was brilliant and actually listened, the first professional in six years who did. Shame there's a 2 year wait for follow ups.",
    identifiers: [{ kind: "name", value: "O'Neill" }],
    keep: ["hospital", "brilliant", "listened", "six years", "2 year wait", "follow ups"],
  },
  {
    text: "Mr D'Souza, the head, told me in front of other parents that my son 'isn't a good fit' for the school. Off-rolling by another name.",
    identifiers: [{ kind: "name", value: "D'Souza" }],
    keep: ["the head", "other parents", "isn't a good fit", "Off-rolling"],
  },
  {
    text: "Amelia-Rose is 6 years old and non-verbal. We were told the speech and language therapy waiting list is 52 weeks. She uses Makaton at home but nursery won't learn it.",
    identifiers: [
      { kind: "name", value: "Amelia-Rose" },
      { kind: "age", value: "6 years old" },
    ],
    keep: ["non-verbal", "speech and language therapy", "52 weeks", "Makaton", "nursery"],
  },
  {
    text: "There's a parent group that helped us more than the local offer ever did: leedssendparents.org.uk/forum — please share it with other families.",
    identifiers: [{ kind: "url", value: "leedssendparents.org.uk/forum" }],
    keep: ["parent group", "local offer", "other families"],
  },
  {
    text: "I'm a health visitor and referrals to the neurodevelopmental pathway keep bouncing back because the form changed again. Families wait 2 years before anyone sees them.",
    identifiers: [],
    keep: [
      "health visitor",
      "referrals",
      "neurodevelopmental pathway",
      "form changed again",
      "2 years",
    ],
  },
  {
    text: "As a SENCO I chase the same three professionals every week. Our link EP, Dr Imran Hussain, is lovely but covers 14 schools. Ms Patel from the Inclusion Team hasn't visited since the spring.",
    identifiers: [
      { kind: "name", value: "Imran" },
      { kind: "name", value: "Hussain" },
      { kind: "name", value: "Patel" },
    ],
    keep: ["SENCO", "three professionals", "link EP", "14 schools", "Inclusion Team"],
  },
  {
    text: "Ring me on 07700-900-123 after 3pm, I can't talk in the mornings because getting Ellie out of the door is a two hour battle. She is so anxious about school she is sick most days.",
    identifiers: [
      { kind: "phone", value: "07700-900-123" },
      { kind: "name", value: "Ellie" },
    ],
    keep: ["after 3pm", "two hour battle", "anxious about school", "sick most days"],
  },
  {
    text: "+44 7700 900123 is my whatsapp. Dad of Deji (Year 9) at Northfield High. He has sensory processing disorder and they keep putting him in the isolation booth.",
    identifiers: [
      { kind: "phone", value: "+44 7700 900123" },
      { kind: "name", value: "Deji" },
      { kind: "age", value: "Year 9" },
      { kind: "setting", value: "Northfield High" },
    ],
    keep: ["whatsapp", "Dad of", "sensory processing disorder", "isolation booth"],
  },
  {
    text: "07700.900.123 — call me, nobody else will. My son Reuben Clarke has been out of education for 11 months and the tuition is 5 hours a week.",
    identifiers: [
      { kind: "phone", value: "07700.900.123" },
      { kind: "name", value: "Reuben" },
      { kind: "name", value: "Clarke" },
    ],
    keep: ["out of education", "11 months", "tuition", "5 hours a week"],
  },
  {
    text: "college is better than school was. my support worker Jade helps me with money and buses",
    identifiers: [{ kind: "name", value: "Jade" }],
    keep: ["college", "better than school", "support worker", "money", "buses"],
  },
  {
    text: "i like forest school and the calm room. i dont like when its loud",
    identifiers: [],
    keep: ["forest school", "calm room", "loud"],
  },
  {
    text: "We speak Romanian at home and the school never offers an interpreter. Andrei's bunica, Elena, brings him every day but she can't understand the reports. Mulțumesc to the one TA who uses Google Translate for us.",
    identifiers: [
      { kind: "name", value: "Andrei" },
      { kind: "name", value: "Elena" },
    ],
    keep: ["Romanian", "interpreter", "bunica", "reports", "Mulțumesc", "TA", "Google Translate"],
  },
  {
    text: "His date of birth is 12/03/2015 and NHS no 9434765919 in case you need to check records. The wheelchair service has had him on the list since reception.",
    identifiers: [
      { kind: "date", value: "12/03/2015" },
      { kind: "nhs-number", value: "9434765919" },
    ],
    keep: ["date of birth", "wheelchair service", "since reception"],
  },
  {
    text: "were in m1 1ae and theres literally no autism friendly youth club anywhere near us. kids like mine just sit in their rooms",
    identifiers: [{ kind: "postcode", value: "m1 1ae" }],
    keep: ["autism friendly", "youth club", "sit in their rooms"],
  },
  {
    text: "The EHC needs assessment was refused twice. We appealed, the LA agreed to assess at mediation, then issued a plan with nothing specified or quantified. Section F is just 'access to' everything.",
    identifiers: [],
    keep: [
      "EHC needs assessment",
      "refused twice",
      "mediation",
      "specified or quantified",
      "Section F",
      "access to",
    ],
  },
  {
    text: "Honestly the only thing that has worked is the short breaks scheme. Three hours on a Saturday and I can breathe. Please don't cut it.",
    identifiers: [],
    keep: ["short breaks", "Three hours", "Saturday", "I can breathe", "don't cut it"],
  },
  {
    text: "My kids Muhammad and Zainab both have hearing impairments. The Teacher of the Deaf comes once a term, it isn't enough.",
    identifiers: [
      { kind: "name", value: "Muhammad" },
      { kind: "name", value: "Zainab" },
    ],
    keep: ["My kids", "hearing impairments", "Teacher of the Deaf", "once a term", "isn't enough"],
  },
  {
    text: "Callum loves his new school. Finally somewhere that gets him. Took a year of fighting though.",
    identifiers: [{ kind: "name", value: "Callum" }],
    keep: ["loves his new school", "gets him", "a year of fighting"],
  },
  {
    text: "Social worker here. Referral 12345678 was closed without anyone contacting the family, which is why I'm writing. Early help and the SEND team don't share systems.",
    identifiers: [{ kind: "reference", value: "12345678" }],
    keep: [
      "Social worker",
      "closed",
      "contacting the family",
      "Early help",
      "SEND team",
      "share systems",
    ],
  },
  {
    text: "My daughter goes to the Bridges Centre two days a week and mainstream the other three. Mrs Ahmed there is amazing but the mainstream school treats her like a visitor.",
    identifiers: [
      { kind: "setting", value: "Bridges Centre" },
      { kind: "name", value: "Ahmed" },
    ],
    keep: ["two days a week", "mainstream", "amazing", "like a visitor"],
  },
  {
    text: "i get angy when peple tuch my stuf. Mr Thompson lets me go to the quiet room",
    identifiers: [{ kind: "name", value: "Thompson" }],
    keep: ["angy", "tuch my stuf", "quiet room"],
  },
  {
    text: "im scared of the bus. the driver shouts",
    identifiers: [],
    keep: ["scared", "bus", "driver shouts"],
  },
  {
    text: "Our Chantelle was excluded three times in Year 7 at Kingsmead Academy before anyone asked if she might have ADHD. Her nan Pat Wilson sits with her every day now because I work nights.",
    identifiers: [
      { kind: "name", value: "Chantelle" },
      { kind: "age", value: "Year 7" },
      { kind: "setting", value: "Kingsmead Academy" },
      { kind: "name", value: "Pat" },
      { kind: "name", value: "Wilson" },
    ],
    keep: ["excluded three times", "ADHD", "Her nan", "work nights"],
  },
  {
    text: "Tell Mrs Okonkwo-Bailey thank you, she is the only reason Rhys still goes in.",
    identifiers: [
      { kind: "name", value: "Okonkwo-Bailey" },
      { kind: "name", value: "Rhys" },
    ],
    keep: ["thank you", "only reason", "still goes in"],
  },
  {
    text: "SALT caseload: I have 68 open cases across 9 schools. Children like Leo and Maisie get 6 sessions a year, which is nothing for a child with a severe language disorder.",
    identifiers: [
      { kind: "name", value: "Leo" },
      { kind: "name", value: "Maisie" },
    ],
    keep: ["SALT", "68 open cases", "9 schools", "6 sessions a year", "severe language disorder"],
  },
  {
    text: "My grandson Kacper is 8 years old and still can't read. school say hes just lazy. In Poland they would have tested him already.",
    identifiers: [
      { kind: "name", value: "Kacper" },
      { kind: "age", value: "8 years old" },
    ],
    keep: ["My grandson", "can't read", "lazy", "Poland", "tested him"],
  },
  {
    text: "Siobhan and Declan's mum - email siobhansmum@gmail if you want more detail, the form wouldn't let me type any more. 3 years waiting for the ASD pathway.",
    identifiers: [
      { kind: "name", value: "Siobhan" },
      { kind: "name", value: "Declan" },
      { kind: "email", value: "siobhansmum@gmail" },
    ],
    keep: ["more detail", "wouldn't let me type any more", "3 years", "ASD pathway"],
  },
  {
    text: "Ask Dr Kaur about it, she knows. Harvey's been under her since 2019 and she's the only consultant who writes to school.",
    identifiers: [
      { kind: "name", value: "Kaur" },
      { kind: "name", value: "Harvey" },
    ],
    keep: ["since 2019", "consultant", "writes to school"],
  },
  {
    text: "jayden age 9 was put in the PRU at Brookfield House after one incident. A pupil referral unit for a little boy with autism. I am beyond angry.",
    identifiers: [
      { kind: "name", value: "jayden" },
      { kind: "age", value: "age 9" },
      { kind: "setting", value: "Brookfield House" },
    ],
    keep: ["PRU", "one incident", "pupil referral unit", "autism", "beyond angry"],
  },
  {
    text: "The annual review paperwork arrived the night before the meeting. 40 pages. How is a parent meant to read that?",
    identifiers: [],
    keep: ["annual review", "night before the meeting", "40 pages"],
  },
  {
    text: "I have a speshal chair and a wobble cushion and it helps me sit still",
    identifiers: [],
    keep: ["speshal chair", "wobble cushion", "sit still"],
  },
  {
    text: "Multi-agency panels make decisions without the child's voice. We need advocates in the room, not just reports.",
    identifiers: [],
    keep: ["Multi-agency panels", "child's voice", "advocates", "not just reports"],
  },
  {
    text: "My son is 14 and has never once had a friend round. The youth offer is all sport and he can't do crowds.",
    identifiers: [],
    keep: ["My son is 14", "friend round", "youth offer", "crowds"],
  },
];
