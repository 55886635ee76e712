/*
 * The area SEND inspection framework's evaluation criteria, as data. The codes are SEND
 * Voice's own shorthand; titles and sub-points are the framework's words (2023).
 */
export interface SubPoint {
  /** `I1.a`, `I1.b` … stable ids so coded comments can point one level down. */
  id: string;
  text: string;
}

export interface Criterion {
  code: CriterionCode;
  area: "impact" | "leadership" | "focus";
  title: string;
  subPoints: SubPoint[];
}

export const criterionCodes = [
  "I1",
  "I2",
  "I3",
  "I4",
  "I5",
  "L1",
  "L2",
  "L3",
  "L4",
  "L5",
  "L6",
  "AP",
] as const;
export type CriterionCode = (typeof criterionCodes)[number];

const points = (code: string, texts: string[]): SubPoint[] =>
  texts.map((text, index) => ({ id: `${code}.${String.fromCharCode(97 + index)}`, text }));

export const framework: readonly Criterion[] = [
  {
    code: "I1",
    area: "impact",
    title:
      "Children and young people's needs are identified accurately and assessed in a timely and effective way",
    subPoints: points("I1", [
      "Children and young people are accurately identified as having special educational needs and/or disabilities",
      "Needs are identified in a timely way, so as to prevent needs from escalating",
      "Practitioners assess the strengths and determine the aspirations of the child or young person alongside their individual needs",
      "The criteria for assessments of need and for accessing services are understood, and applying them improves outcomes",
      "Timely referrals are made to other services and agencies, where necessary",
    ]),
  },
  {
    code: "I2",
    area: "impact",
    title:
      "Children, young people and their families participate in decision-making about their individual plans and support",
    subPoints: points("I2", [
      "Children and young people access impartial information, advice and support that enable them to make informed choices about their future",
      "Children, young people and families are supported to understand their rights, make choices and contribute to decisions about their plans and support",
      "Children and young people understand their plans and support, including intended outcomes, and why some changes are not possible",
    ]),
  },
  {
    code: "I3",
    area: "impact",
    title: "Children and young people receive the right help and support at the right time",
    subPoints: points("I3", [
      "Plans are developed and support is provided in a timely way, and meets children and young people's needs",
      "Children and young people receive support based on their identified needs while awaiting assessment",
      "Plans and support are coordinated within and across providers and services, based on a shared understanding of the child or young person",
      "Plans and support are regularly reviewed and updated as the child or young person's skills, independence and circumstances change",
      "The wider needs of the family are considered, and barriers to learning and participation are addressed",
    ]),
  },
  {
    code: "I4",
    area: "impact",
    title:
      "Children and young people are well prepared for their next steps and achieve strong outcomes",
    subPoints: points("I4", [
      "The outcomes that matter most to children, young people and their parents and carers are understood and planned for",
      "Support and plans reflect children and young people's ambitions and focus on the planned outcome, not only on required levels of support",
      "Children and young people are supported before and during any transition, including when they will no longer be eligible for a service",
      "From an early age, children and young people develop the knowledge, skills and behaviours to prepare for independence and adulthood",
    ]),
  },
  {
    code: "I5",
    area: "impact",
    title:
      "Children and young people with SEND are valued, visible and included in their communities",
    subPoints: points("I5", [
      "Children, young people, parents and carers understand what community activities are available",
      "Children and young people are supported to take part in activities, make friends and develop positive relationships",
      "Children and young people are supported to develop confidence, resilience and knowledge so they can take part in universal and specialist activities",
    ]),
  },
  {
    code: "L1",
    area: "leadership",
    title: "Leaders are ambitious for children and young people with SEND",
    subPoints: points("L1", [
      "Leaders have an ambitious shared strategy and embed a culture of high expectations across services",
      "Leaders understand their responsibilities and accountabilities, including statutory duties",
      "Responsibilities are delegated in line with legal duties, with strong oversight",
      "Decision-making is structured so leaders can swiftly agree the changes needed to improve services",
      "Leaders challenge themselves and each other to improve experiences and outcomes",
    ]),
  },
  {
    code: "L2",
    area: "leadership",
    title: "Leaders actively engage and work with children, young people and families",
    subPoints: points("L2", [
      "Leaders consider the needs of groups of children and young people with SEND and how best to engage them in coproduction",
      "Decisions about services are shaped by children and young people's needs, experiences, ambitions and outcomes",
      "Leaders give feedback to children, young people and parents on changes made, and explain where change is not possible and why",
    ]),
  },
  {
    code: "L3",
    area: "leadership",
    title:
      "Leaders have an accurate, shared understanding of the needs of children and young people in their local area",
    subPoints: points("L3", [
      "Leaders gather accurate, timely information and monitor changing needs, including the perspectives of children, young people and families",
      "Leaders understand children and young people's experiences, outcomes, backgrounds, identities, barriers, needs and strengths",
      "Leaders share information across education, care and health services to learn from different perspectives",
    ]),
  },
  {
    code: "L4",
    area: "leadership",
    title:
      "Leaders commission services and provision to meet the needs and aspirations of children and young people, including alternative provision",
    subPoints: points("L4", [
      "Services and systems are designed around children and young people's needs and informed by evidence of what works",
      "Joint commissioning makes the best use of all resources to improve outcomes",
      "Joint commissioning meets the area's statutory responsibilities for identifying, assessing and meeting needs",
      "Commissioning takes account of the greater vulnerability of children and young people with SEND to abuse",
      "Suitable full-time education is arranged as early as possible for those who need alternative provision",
      "Every child and young person in alternative provision has an intervention plan with clear objectives and next steps",
    ]),
  },
  {
    code: "L5",
    area: "leadership",
    title: "Leaders evaluate services and make improvements",
    subPoints: points("L5", [
      "Leaders jointly evaluate whether services improve outcomes, not only whether they were received",
      "Leaders monitor whether there are sufficient services and provision, and act on it",
      "Evaluation uses a range of sources, including feedback from children, young people and representative groups",
      "Clear processes let services and providers evaluate and improve their provision regularly",
      "The local authority evaluates how well the alternative provision it commissions improves outcomes",
      "The local authority keeps strong oversight of the safety and suitability of alternative provision, including unregistered providers",
    ]),
  },
  {
    code: "L6",
    area: "leadership",
    title:
      "Leaders create an environment in which effective practice and multi-agency working can flourish",
    subPoints: points("L6", [
      "Processes and systems support practitioners to work together and share information in a timely way, including about risks",
      "Practitioners are clear on their roles and how to work together to improve outcomes",
      "Practitioners have the skills to understand needs and aspirations and to create an inclusive environment",
      "Practitioners working together focus on the child and find alternative solutions when existing options do not meet needs",
      "Practitioners have the knowledge and skills to reduce the risk of harm, abuse, neglect and exploitation",
    ]),
  },
  {
    code: "AP",
    area: "focus",
    title: "Alternative provision, children and young people not in school, and attendance",
    subPoints: points("AP", [
      "Children and young people with SEND who are not attending school or are in alternative provision, including those not on a school roll or home educated",
      "The local area partnership's approach to improving attendance for children with SEND",
      "Commissioning and oversight of residential special school placements",
    ]),
  },
];

export function criterion(code: CriterionCode): Criterion {
  const found = framework.find((c) => c.code === code);
  if (!found) throw new Error(`Unknown criterion ${code}`);
  return found;
}

export function isCriterionCode(value: unknown): value is CriterionCode {
  return typeof value === "string" && (criterionCodes as readonly string[]).includes(value);
}
