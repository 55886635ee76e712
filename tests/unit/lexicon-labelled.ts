import type { CriterionCode } from "~surveys/framework";
import type { Sentiment } from "~/coding/suggest";

/*
 * A labelled set for measuring the coding lexicon (#19): comments as parents, children (easy
 * read) and practitioners write them, each under the question it answered, with the criteria
 * a careful inspector would code it to and its feeling. Written for this test, not from the
 * lexicon; `codes: []` for comments that speak to nothing in the framework.
 */
export interface LabelledComment {
  audience: "child" | "parent" | "practitioner";
  version: "easy" | "standard";
  question: "worked_well" | "improve";
  text: string;
  codes: CriterionCode[];
  sentiment: Sentiment;
}

const p = (
  question: LabelledComment["question"],
  text: string,
  codes: CriterionCode[],
  sentiment: Sentiment,
): LabelledComment => ({
  audience: "parent",
  version: "standard",
  question,
  text,
  codes,
  sentiment,
});
const c = (
  question: LabelledComment["question"],
  text: string,
  codes: CriterionCode[],
  sentiment: Sentiment,
): LabelledComment => ({ audience: "child", version: "easy", question, text, codes, sentiment });
const w = (
  question: LabelledComment["question"],
  text: string,
  codes: CriterionCode[],
  sentiment: Sentiment,
): LabelledComment => ({
  audience: "practitioner",
  version: "standard",
  question,
  text,
  codes,
  sentiment,
});

export const labelledEnglish: LabelledComment[] = [
  // Parents: what worked well
  p(
    "worked_well",
    "The SENCO noticed his speech was behind in reception and got him seen quickly.",
    ["I1", "I3"],
    "positive",
  ),
  p(
    "worked_well",
    "Our speech and language therapist is brilliant, he has come on so much this year.",
    ["I3"],
    "positive",
  ),
  p(
    "worked_well",
    "The school listened to us at the annual review and changed his plan.",
    ["I2"],
    "positive",
  ),
  p(
    "worked_well",
    "The transition to secondary school was planned really well, with extra visits.",
    ["I4"],
    "positive",
  ),
  p(
    "worked_well",
    "The holiday club takes children with additional needs and she loves it.",
    ["I5"],
    "positive",
  ),
  p(
    "worked_well",
    "The parent carer forum has been a lifeline and the council does listen to them.",
    ["L2"],
    "positive",
  ),
  p(
    "worked_well",
    "Her teaching assistant understands her and she feels safe in class.",
    ["I3"],
    "positive",
  ),
  p(
    "worked_well",
    "Health and education finally met together and agreed one plan for him.",
    ["L6", "I2"],
    "positive",
  ),
  p("worked_well", "SENDIASS gave me clear advice before the tribunal.", ["I2"], "positive"),
  p(
    "worked_well",
    "The alternative provision he goes to now has got him back into learning.",
    ["AP"],
    "positive",
  ),
  p(
    "worked_well",
    "The college has helped him learn to travel on his own and he wants a job.",
    ["I4"],
    "positive",
  ),
  p("worked_well", "Nothing really.", [], "neutral"),
  p("worked_well", "The respite weekends give us a chance to breathe.", ["I3"], "positive"),
  p(
    "worked_well",
    "He was diagnosed with autism at four and support started straight away.",
    ["I1", "I3"],
    "positive",
  ),
  p("worked_well", "The short breaks service is good when you can get it.", ["I3"], "mixed"),
  p("worked_well", "His football club welcomes him and the coach is patient.", ["I5"], "positive"),
  p("worked_well", "We were involved in every decision about her EHCP.", ["I2"], "positive"),
  p("worked_well", "The new local authority caseworker actually rings back.", ["L6"], "positive"),
  p(
    "worked_well",
    "The occupational therapist came into school and trained the staff.",
    ["I3", "L6"],
    "positive",
  ),
  p("worked_well", "The school is lovely.", [], "positive"),
  p(
    "worked_well",
    "The council asked parents what they thought of the new short breaks offer and changed it.",
    ["L2", "L5"],
    "positive",
  ),
  p(
    "worked_well",
    "The educational psychologist assessment was thorough and the report was clear.",
    ["I1"],
    "positive",
  ),
  // Parents: what could be better
  p("improve", "We got nothing for a year.", ["I3"], "negative"),
  p("improve", "We waited two years for an autism assessment.", ["I1"], "negative"),
  p("improve", "Everything.", [], "negative"),
  p(
    "improve",
    "Nobody listens to parents. We have to fight for every bit of help.",
    ["I2", "I3"],
    "negative",
  ),
  p(
    "improve",
    "He has been on a part-time timetable since October and is at home most days.",
    ["AP"],
    "negative",
  ),
  p(
    "improve",
    "There are not enough special school places in this area, he is in a mainstream class of 32.",
    ["L4"],
    "negative",
  ),
  p("improve", "The EHC plan was late and the annual review never happened.", ["I2"], "negative"),
  p(
    "improve",
    "CAMHS waiting list is over a year and there is nothing in the meantime.",
    ["I3"],
    "negative",
  ),
  p("improve", "Nothing, I am happy with everything.", [], "positive"),
  p(
    "improve",
    "Social care, health and school do not talk to each other, I repeat our story every time.",
    ["L6"],
    "negative",
  ),
  p(
    "improve",
    "There is nothing for him to do in the summer holidays, he has no friends outside school.",
    ["I5"],
    "negative",
  ),
  p(
    "improve",
    "He was excluded three times last year and now he refuses to go to school.",
    ["AP"],
    "negative",
  ),
  p(
    "improve",
    "The council should ask families before cutting services, not after.",
    ["L2", "L4"],
    "negative",
  ),
  p(
    "improve",
    "Speech therapy stopped when he turned 11 and was never replaced.",
    ["I3"],
    "negative",
  ),
  p("improve", "More help to get ready for college and adult life.", ["I4"], "neutral"),
  p("improve", "Funding for one to one support was cut this year.", ["L4", "I3"], "negative"),
  p(
    "improve",
    "No one checks whether the support in the plan is actually delivered.",
    ["L5", "I3"],
    "negative",
  ),
  p("improve", "The local offer website is out of date and hard to use.", ["I2"], "negative"),
  p(
    "improve",
    "Getting a diagnosis took far too long and nobody referred him.",
    ["I1"],
    "negative",
  ),
  p(
    "improve",
    "The school transport keeps changing drivers and it upsets her.",
    ["I3"],
    "negative",
  ),
  p(
    "improve",
    "Leaders need to understand how many children here are waiting for an assessment.",
    ["L3", "I1"],
    "negative",
  ),
  p("improve", "I don't know.", [], "neutral"),
  p(
    "improve",
    "Services have got worse since the reorganisation and nobody has looked at why.",
    ["L5"],
    "negative",
  ),
  p(
    "improve",
    "Home education was our only option after he missed a year of school.",
    ["AP"],
    "negative",
  ),
  p(
    "improve",
    "The council has no ambition for our children, they just want the cheapest option.",
    ["L1"],
    "negative",
  ),
  p("improve", "Staff need training in autism, they punish him for meltdowns.", ["L6"], "negative"),
  p("improve", "He is lonely and left out of school trips.", ["I5"], "negative"),
  p("improve", "Nobody told us about our rights or what the plan should say.", ["I2"], "negative"),
  p(
    "improve",
    "The tuition he gets is one hour a week, it is not an education.",
    ["AP"],
    "negative",
  ),
  p("improve", "The physio is lovely but we only see her twice a year.", ["I3"], "mixed"),
  p("improve", "Better communication between the hospital and school.", ["L6"], "neutral"),
  p(
    "improve",
    "We were never asked our views and the plan was written without us.",
    ["I2"],
    "negative",
  ),
  p(
    "improve",
    "Nobody knows how many children are out of school or why.",
    ["L3", "AP"],
    "negative",
  ),
  p(
    "improve",
    "Please keep the short breaks, they are the only thing that keeps us going.",
    ["I3", "L4"],
    "mixed",
  ),
  // Children, easy read
  c("worked_well", "My teacher helps me when I am stuck.", ["I3"], "positive"),
  c("worked_well", "I like my quiet room.", ["I3"], "positive"),
  c("worked_well", "I have friends at my club.", ["I5"], "positive"),
  c("worked_well", "They asked me what I want in my plan.", ["I2"], "positive"),
  c("worked_well", "I went to see my new school before I moved.", ["I4"], "positive"),
  c("worked_well", "Football.", [], "neutral"),
  c("worked_well", "My TA is kind.", ["I3"], "positive"),
  c("worked_well", "I am learning to cook so I can live on my own one day.", ["I4"], "positive"),
  c("worked_well", "The lady who does my speech is fun.", ["I3"], "positive"),
  c("worked_well", "I like my dog.", [], "positive"),
  c("improve", "Nobody listens to me.", ["I2"], "negative"),
  c("improve", "I get bullied at lunch.", ["I5"], "negative"),
  c("improve", "I want to go to school every day not just mornings.", ["AP"], "negative"),
  c("improve", "Nothing.", [], "neutral"),
  c("improve", "I want more friends.", ["I5"], "negative"),
  c("improve", "I waited a long time to see the doctor about my ADHD.", ["I1"], "negative"),
  c("improve", "The bus is late and I miss the start of school.", ["I3", "AP"], "negative"),
  c("improve", "I don't know what will happen when I leave school.", ["I4"], "negative"),
  c("improve", "Help me with reading.", ["I3"], "neutral"),
  c(
    "improve",
    "I can't go to the youth club because there is no one to help me.",
    ["I5", "I3"],
    "negative",
  ),
  c("improve", "More clubs in the holidays.", ["I5"], "neutral"),
  c("improve", "Pizza every day.", [], "neutral"),
  // Practitioners: what worked well
  w(
    "worked_well",
    "Joint meetings between health, education and social care have improved our planning.",
    ["L6", "L5"],
    "positive",
  ),
  w(
    "worked_well",
    "The new early identification screening in nurseries picks up needs sooner.",
    ["I1"],
    "positive",
  ),
  w(
    "worked_well",
    "Leaders shared the local needs data with us and it shaped our service.",
    ["L3"],
    "positive",
  ),
  w(
    "worked_well",
    "The quality assurance of EHC plans has made them much better.",
    ["L5", "I2"],
    "positive",
  ),
  w("worked_well", "Training for all SENCOs on the graduated approach.", ["L6"], "positive"),
  w(
    "worked_well",
    "Commissioning of the new specialist resource base has reduced out of area placements.",
    ["L4"],
    "positive",
  ),
  w("worked_well", "Preparing for adulthood reviews start at year 9 now.", ["I4"], "positive"),
  w(
    "worked_well",
    "Young people sit on the interview panels for new staff.",
    ["L2", "I2"],
    "positive",
  ),
  w(
    "worked_well",
    "Leaders have high expectations and talk about ambition for every child.",
    ["L1"],
    "positive",
  ),
  w(
    "worked_well",
    "Attendance officers and the inclusion team now work together on children missing education.",
    ["AP", "L6"],
    "positive",
  ),
  w("worked_well", "Nothing comes to mind.", [], "neutral"),
  w(
    "worked_well",
    "Our multi-agency panel decides on alternative provision placements in a week.",
    ["L6", "AP"],
    "positive",
  ),
  w("worked_well", "Co-production with the forum on the new local offer.", ["L2"], "positive"),
  w(
    "worked_well",
    "The inclusion strategy has a clear plan and leaders report on it.",
    ["L1"],
    "positive",
  ),
  // Practitioners: what could be better
  w(
    "improve",
    "Caseloads are too high to do proper assessments in 20 weeks.",
    ["L6", "I1"],
    "negative",
  ),
  w(
    "improve",
    "There is no specialist provision for girls with autism, we commission out of area.",
    ["L4"],
    "negative",
  ),
  w(
    "improve",
    "We do not have accurate data on children with SEND who are electively home educated.",
    ["L3", "AP"],
    "negative",
  ),
  w("improve", "Leaders do not evaluate whether services make a difference.", ["L5"], "negative"),
  w(
    "improve",
    "Information sharing between health and education is poor.",
    ["L6", "L3"],
    "negative",
  ),
  w("improve", "Waiting lists for therapy are too long.", ["I3"], "negative"),
  w("improve", "More staff.", ["L6"], "neutral"),
  w(
    "improve",
    "The budget for high needs is overspent and placements are decided on cost.",
    ["L4"],
    "negative",
  ),
  w("improve", "Families are not involved early enough in writing plans.", ["I2"], "negative"),
  w(
    "improve",
    "Too many children are on reduced timetables with no plan to return.",
    ["AP"],
    "negative",
  ),
  w(
    "improve",
    "Post-16 options for young people with complex needs are very limited.",
    ["I4", "L4"],
    "negative",
  ),
  w(
    "improve",
    "Leaders should listen to the forum more, not just consult after decisions are made.",
    ["L2"],
    "negative",
  ),
  w("improve", "Nothing to add.", [], "neutral"),
  w(
    "improve",
    "Leaders lack ambition for young people with SEND in employment.",
    ["L1", "I4"],
    "negative",
  ),
  w("improve", "The strategy is not understood by frontline staff.", ["L1", "L6"], "negative"),
  w(
    "improve",
    "Children with SEND are not included in community activities and holiday schemes.",
    ["I5"],
    "negative",
  ),
  w(
    "improve",
    "The council's joint strategic needs assessment does not reflect what we see.",
    ["L3"],
    "negative",
  ),
  w("improve", "Referrals to the autism pathway take over two years.", ["I1"], "negative"),
];
