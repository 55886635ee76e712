import type { CriterionCode } from "~surveys/framework";
import type { Sentiment } from "~/coding/suggest";
import type { LabelledComment } from "./lexicon-labelled";

/*
 * Held out (#19): comments the coding lexicon was never tuned on, written and labelled on
 * 6 December 2026 against the framework's sub-points (surveys/framework.ts) before anyone ran
 * the lexicon on them. The tuned set (lexicon-labelled.ts) says how well the lexicon fits what
 * it was shaped on; this one says how it may do on comments it has not seen. Never change the
 * lexicon to suit these: add to the tuned set instead, and write new held-out comments.
 */

const comment =
  (audience: LabelledComment["audience"], version: LabelledComment["version"]) =>
  (
    question: LabelledComment["question"],
    text: string,
    codes: CriterionCode[],
    sentiment: Sentiment,
  ): LabelledComment => ({ audience, version, question, text, codes, sentiment });

const parent = comment("parent", "standard");
const child = comment("child", "easy");
const young = comment("child", "standard");
const practitioner = comment("practitioner", "standard");

export const heldOutEnglish: LabelledComment[] = [
  // Parents
  parent(
    "worked_well",
    "The health visitor spotted that she wasn't babbling and referred us to speech therapy before she turned two.",
    ["I1"],
    "positive",
  ),
  parent(
    "improve",
    "We were told there was a two year wait for an autism assessment and nothing could be done in the meantime.",
    ["I1", "I3"],
    "negative",
  ),
  parent(
    "improve",
    "The EHCP took 40 weeks instead of 20 and the school had no extra help for him while we waited.",
    ["I3"],
    "negative",
  ),
  parent(
    "worked_well",
    "At the annual review everyone listened to what we wanted for her and the plan was changed the same week.",
    ["I2", "I3"],
    "positive",
  ),
  parent(
    "improve",
    "Nobody explained what our rights were or that we could appeal the decision.",
    ["I2"],
    "negative",
  ),
  parent(
    "improve",
    "The school, CAMHS and social care never talk to each other, so I end up repeating everything three times.",
    ["I3", "L6"],
    "negative",
  ),
  parent(
    "worked_well",
    "The move to secondary school was planned a year ahead with visits and a transition book, and he settled well.",
    ["I4"],
    "positive",
  ),
  parent(
    "improve",
    "There is nothing for him to do in the holidays; every club we tried said they could not manage his needs.",
    ["I5"],
    "negative",
  ),
  parent(
    "improve",
    "She has been out of school for eight months and all we got was one hour of tutoring a week.",
    ["AP"],
    "negative",
  ),
  parent(
    "improve",
    "The council asked for our views on the new strategy but we never heard what they did with them.",
    ["L2"],
    "negative",
  ),
  parent(
    "improve",
    "The local offer website is out of date and half the phone numbers do not work.",
    ["I2", "I5"],
    "negative",
  ),
  parent(
    "worked_well",
    "The parent carer forum helped us understand the process and came to meetings with us.",
    ["I2"],
    "positive",
  ),
  parent(
    "improve",
    "There are not enough special school places, so he travels an hour and a half each way.",
    ["L4"],
    "negative",
  ),
  parent(
    "improve",
    "His attendance dropped because of anxiety and the only response was letters threatening a fine.",
    ["AP"],
    "negative",
  ),
  parent("worked_well", "Honestly nothing comes to mind.", [], "neutral"),
  parent(
    "worked_well",
    "The occupational therapist gave us practical ideas that actually work at home.",
    ["I3"],
    "positive",
  ),
  // Children and young people, easy read
  child("worked_well", "My teacher helps me when the work is hard.", ["I3"], "positive"),
  child("improve", "I have no friends at break time.", ["I5"], "negative"),
  child("worked_well", "I go to swimming club with my helper.", ["I5"], "positive"),
  child("improve", "Nobody asks me what I want.", ["I2"], "negative"),
  child("improve", "The classroom is too loud and it hurts my ears.", ["I3"], "negative"),
  child("worked_well", "I like my new school. I visited before I started.", ["I4"], "positive"),
  child("improve", "I want to go to school more but I feel scared.", ["AP"], "negative"),
  child("worked_well", "Playing football.", [], "positive"),
  // Young people, standard
  young(
    "improve",
    "I want to learn to cook and use the bus on my own but nobody is teaching me.",
    ["I4"],
    "negative",
  ),
  young(
    "worked_well",
    "My college tutor helped me find a work placement at a garage, which is what I want to do.",
    ["I4"],
    "positive",
  ),
  young("improve", "I never got to see my plan or what it says about me.", ["I2"], "negative"),
  young(
    "improve",
    "When I turned 18 my support just stopped and nobody told me what happens next.",
    ["I4"],
    "negative",
  ),
  young(
    "worked_well",
    "The youth club for disabled young people is the best part of my week.",
    ["I5"],
    "positive",
  ),
  // Practitioners
  practitioner(
    "improve",
    "Referrals to the neurodevelopmental pathway bounce back with no explanation of the criteria.",
    ["I1"],
    "negative",
  ),
  practitioner(
    "worked_well",
    "Multi-agency panels mean health, education and social care agree a plan together in one meeting.",
    ["L6", "I3"],
    "positive",
  ),
  practitioner(
    "improve",
    "We cannot share information with health quickly enough; safeguarding concerns sit in inboxes.",
    ["L6"],
    "negative",
  ),
  practitioner(
    "improve",
    "Senior leaders change the priorities every year and nobody checks whether anything improved outcomes.",
    ["L1", "L5"],
    "negative",
  ),
  practitioner(
    "worked_well",
    "The training on trauma-informed practice gave our staff the skills to include pupils who were excluded before.",
    ["L6"],
    "positive",
  ),
  practitioner(
    "improve",
    "The authority does not know how many children are in unregistered alternative provision or whether it is safe.",
    ["L5", "AP"],
    "negative",
  ),
  practitioner(
    "improve",
    "Commissioned speech and language therapy covers a fraction of the children who need it.",
    ["L4"],
    "negative",
  ),
  practitioner(
    "worked_well",
    "The data dashboard shows us needs by school and area, so we can plan where outreach goes.",
    ["L3"],
    "positive",
  ),
  practitioner(
    "improve",
    "Annual reviews are late in most schools, so plans describe children as they were two years ago.",
    ["I3"],
    "negative",
  ),
  practitioner(
    "improve",
    "Residential placements are agreed far from home with little checking on how the young person is doing.",
    ["AP", "L5"],
    "negative",
  ),
  practitioner(
    "worked_well",
    "Young people from the participation group sat on the interview panel for the new head of SEND.",
    ["L2"],
    "positive",
  ),
  practitioner("improve", "More staff.", [], "negative"),
  practitioner(
    "improve",
    "Early years settings identify needs well, but the wait for an educational psychologist is over a year.",
    ["I1"],
    "mixed",
  ),
];
