/**
 * The English words the name rules lean on: words that are never a name, places, the
 * kinship and role words people write before a name, titles, and given names that are
 * also everyday words. Other languages' words are in `languages.ts`.
 */
import { words } from "~/privacy/redaction/spans";

const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun`);

/** Words that are never a name, even straight after "Mrs" or "my son". */
export const FUNCTION_WORDS = words(`
  mr mrs ms miss mx dr prof professor sir dame madam

  the a an and or but if so to of in on at by for with from into onto up down out over
  about after before is was are were be been being has have had do does did not no yes it
  its it's he she they them him her his hers their theirs we us our you your me my mine this
  that these those who whom which what when where why how all any some very too also just
  still now then there here back again really never always ever only even because as than
  like same such own other another each both either neither nor off away would can
  could shall should might must got get gets go goes went gone said says say told tell
  hi hello dear thanks thank please sorry ok okay yes yeah well anyway overall honestly
  unfortunately sadly luckily thankfully however although though since until while whilst
  whether once every everyone everything nobody nothing someone something somebody none
  one two three four five six seven eight nine ten first second third last next
`);

/** Street and place words; never a name on their own, but "Mrs Green" and "Mr Hill" are. */
export const PLACE_WORDS = words(`
  street road avenue lane close drive way crescent court place grove gardens terrace walk
  hill mews row square view rise green parade vale gate croft estate village town
  north south east west northern southern eastern western central upper lower`);

/**
 * Places in England whose names compromise or the rules below could take for people
 * ("Milton Keynes", "Chelsea", "Preston"). After a cue ("my son Preston") they are names.
 */
export const PLACE_NAMES = words(`
  milton keynes hemel hempstead lincoln chester preston bradford sutton kingston richmond
  merton stafford derby darlington warrington halifax harrow barnet brent bromley camden
  croydon ealing enfield hackney haringey islington lambeth lewisham newham southwark
  wandsworth westminster bexley havering hillingdon hounslow redbridge kensington chelsea
  hammersmith fulham stoke luton dudley solihull sandwell walsall wolverhampton coventry
  leicester nottingham northampton oxford cambridge bristol bath york leeds hull durham
  sunderland gateshead tyneside wirral knowsley sefton wigan bolton bury oldham rochdale
  salford stockport tameside trafford kirklees calderdale doncaster barnsley rotherham
  wakefield telford shropshire cheshire cornwall devon dorset essex kent surrey sussex
  norfolk suffolk lancashire yorkshire cumbria rutland herefordshire plymouth portsmouth
  southampton reading slough swindon torbay blackpool blackburn halton medway thurrock
  peterborough middlesbrough redcar hartlepool stockton london manchester birmingham
  liverpool sheffield newcastle brighton hove lancaster carlisle exeter worcester gloucester
  hereford warwick bedford luton watford crawley basildon ipswich norwich`);

/** Capitalised words in this domain that are never a person's name. */
export const NEVER_NAMES = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...FUNCTION_WORDS,
  ...PLACE_WORDS,
  ...words(`
  i i'm i've i'd i'll im ive id lea will may new old good bad great best worst better worse
  amazing brilliant awful terrible fantastic lovely

  send sen senco sencos sendco sendcos ehc ehcp ehcps ehcna ehcnas camhs cahms ofsted cqc nhs
  gp gps ot ots salt slt adhd add asd asc pda ld mld sld pmld semh la las ta tas hlta lsa cin
  cp lac cla cwd ap pru prus iep ieps dla pip uc esa ep eps sendiass sendias iass ipsea pcf icb
  ccg dfe sen-d ald ehcp's camhs's ofsted's council's sendco's senco's nhs's gcse gcses btec
  sats sat a-level a-levels ks1 ks2 ks3 ks4 ks5 eyfs y1 y2 y3 y4 y5 y6 y7 y8 y9 y10 y11 y12 y13

  mum mom mummy mam mama dad daddy papa nan nana nanna nanny gran granny grandma grandad
  granddad grandpa grandparents auntie aunty aunt uncle parent parents carer carers family
  families guardian foster fostering kinship child children children's young people
  person persons youngster son daughter brother sister baby twins teen teenager

  teacher teachers head headteacher headteachers deputy tutor tutors assistant assistants
  officer officers worker workers keyworker caseworker coordinator co-ordinator lead leads
  manager managers practitioner practitioners professional professionals paediatrician
  paediatricians pediatrician consultant consultants nurse nurses doctor doctors therapist
  therapists psychologist psychologists psychiatrist psychiatrists physio physiotherapist
  audiologist dietitian health visitor visitors advocate advocates mentor mentors inspector
  inspectors social services service team teams panel panels tribunal tribunals judge
  councillor councillors mp director directors commissioner commissioners staff

  council councils county borough city district metropolitan authority authorities local
  government cabinet department trust trusts board partnership partnerships forum forums
  school schools academy academies college colleges university uni nursery nurseries
  primary secondary infant infants junior juniors special specialist mainstream independent
  alternative provision provisions unit units base bases hub hubs hospital hospitals clinic
  clinics surgery surgeries ward wards centre centres center library park parks church
  mosque temple gurdwara synagogue charity charities club clubs group groups class classes
  reception year years nursery sixth form post-16 post-19

  special educational needs disability disabilities disabled education health care plan
  plans review reviews annual assessment assessments diagnosis referral referrals waiting
  list lists support supports offer early help short breaks break respite transport taxi
  bus minibus autism autistic dyslexia dyspraxia dyscalculia down syndrome cerebral palsy
  braille epilepsy speech language therapy occupational physiotherapy sensory hearing visual
  mental wellbeing behaviour medical medication tourette tourette's apd ocd odd fasd asperger
  asperger's paediatric pediatric audiology neurology neurodevelopmental neurodiverse
  neurodivergent neurodiversity pathway pathways inclusion exclusion exclusions nurture
  attendance makaton pecs portage adulthood preparing personal budget budgets direct payment
  payments continuing complex needs learning difficulties disorder processing regulation
  virtual youth offending hospice respite

  christmas easter halloween ramadan eid diwali hanukkah vaisakhi lent summer winter spring
  autumn term half-term holidays holiday covid covid-19 coronavirus lockdown god allah jesus
  english maths math science history geography pe ict computing art music drama french
  spanish urdu polish arabic british uk england english welsh scottish

  xbox playstation minecraft roblox fortnite youtube tiktok instagram snapchat facebook
  whatsapp google zoom teams microsoft apple ipad iphone lego pokemon netflix

  `),
]);

/** Words that end a proper noun that is an organisation or a place, not a person. */
export const ORGANISATION_WORDS = words(`
  trust foundation hospital school academy college university centre center clinic surgery
  nursery charity society association council house unit ward service services team group
  class club hub project network partnership alliance federation institute church mosque
  library park road street avenue lane close drive way court place grove gardens primary
  secondary infants infant juniors junior high grammar community campus room base forum
  children's practice pharmacy ltd limited cic`);

/** Relations and people a parent writes about just before giving a name. */
export const RELATION_CUES = words(`
  son sons daughter daughters child children kid kids boy boys girl girls baby toddler
  brother brothers sister sisters twin twins grandson granddaughter grandchild grandchildren
  nephew niece stepson stepdaughter stepchild husband wife partner friend friends cousin
  ex ex-partner ex-husband ex-wife boyfriend girlfriend
  youngest eldest oldest middle sibling siblings`);

/** Roles that may come just before a (capitalised) name: "our SENCO Sarah". */
export const ROLE_CUES = words(`
  teacher ta senco sendco head headteacher worker keyworker paediatrician consultant nurse
  therapist psychologist psychiatrist officer coordinator co-ordinator caseworker
  practitioner mentor assistant advocate manager gp doctor dentist inspector lead tutor
  physio audiologist dietitian visitor chair director`);

/** Words after "X's" that make X a person: "Jake's teacher". */
export const POSSESSION_CUES = new Set([
  ...RELATION_CUES,
  ...ROLE_CUES,
  ...words(`
  mum mom dad mother father parents carer carers nan gran grandma grandad auntie uncle
  school class classroom plan ehcp ehc needs diagnosis support behaviour review assessment
  appointment appointments medication taxi transport room bedroom key social care birthday
  progress reading speech sensory anxiety`),
]);

export const TITLES = words(`mr mrs ms mx miss dr prof professor sir dame`);
/** Titles that, in lower case, are still certainly titles ("mrs green"). */
export const LOWER_CASE_TITLES = words(`mr mrs ms mx`);

/** Given names that are also everyday words; at the start of a sentence they need context. */
export const EVERYDAY_WORD_NAMES = words(`
  grant drew mark chase will bill amber angel hope faith grace joy rose ruby jade holly dawn
  penny robin sandy summer autumn sky rob pat sue frank miles max guy art dean gene ray don
  carol eve june april may august brook heather iris lily daisy poppy ivy violet crystal
  hunter mason taylor cole reed wade lane page hazel jasmine sunny precious blessing favour
  miracle leo sonny storm river rain star ash rich rusty buddy bob kit jay dot sage major
  king prince earl duke baron victor justice honey cherry hunter marshall mercy patience`);

/**
 * Given names common in England that compromise's lexicon lacks (checked against
 * compromise 14.14). Everyday words among them are also in EVERYDAY_WORD_NAMES.
 */
export const EXTRA_GIVEN_NAMES = words(`
  leo max finley arlo albie hunter hudson jaxon finn jenson callum declan lennon mylo rhys
  sonny ivy freya lily florence sienna poppy maya ruby violet esme arabella imogen holly orla
  summer tilly daisy hafsa amira inaya hania aliyah safa sana hira iqra aleena eman haniya
  umar zayn rayyan haris idris musa dev krish veer priya kavya simran harpreet gurpreet
  jaspreet manpreet kofi kwame kwabena abena chidi chinedu oluwaseun tobi tunde femi tolu
  temi ayodele adebayo chiamaka zuzanna oliwia mateusz katarzyna agnieszka ioana kayden kian
  tayo precious blessing favour miracle alfie-james lacey-mae kenzie kacey kaiden braydon
  brodie lacey ellis-rose nevaeh ayden aiden`);

/** compromise tags that rule a lower-case word out as a name. */
export const NON_NAME_TAGS = [
  "Verb",
  "Adjective",
  "Adverb",
  "Preposition",
  "Determiner",
  "Pronoun",
  "Conjunction",
  "Value",
  "Date",
  "Plural",
  "Expression",
  "QuestionWord",
  "Negative",
  "Acronym",
];

export const PLACE_TAGS = ["Place", "Organization", "Country", "City", "Region"];
