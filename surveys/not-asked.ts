/*
 * Framework sub-points that no survey question asks about, each with the reason none can.
 * Every other sub-point in framework.ts is asked about by some question of some audience
 * (tests/unit/surveys.test.ts checks both ways): a sub-point gains a question or a reason
 * here, never silence. Inspectors gather evidence for these in other ways, named below.
 */
export interface NotAsked {
  /** A sub-point id from framework.ts, e.g. `L1.c`. */
  subPoint: string;
  /** Why no child, parent or practitioner can answer it from what they see. */
  reason: string;
  /** Where inspectors find the evidence instead. */
  evidence: string;
}

export const notAskedInSurveys: readonly NotAsked[] = [
  {
    subPoint: "L1.c",
    reason:
      "How leaders delegate responsibilities and oversee them is internal governance. Children, families and front-line practitioners do not see it, so their answers would be guesses.",
    evidence:
      "Governance documents, schemes of delegation and meetings with leaders; practitioners are asked whether roles are clear (roles_clear, L1.b and L6.b).",
  },
  {
    subPoint: "L1.e",
    reason:
      "Whether leaders challenge themselves and each other happens in leadership meetings that respondents do not attend.",
    evidence:
      "Minutes, self-evaluation and meetings with leaders; whether challenge changes anything people can see is asked about acting on feedback (leaders_listen) and checking what makes a difference (leaders_check_difference).",
  },
  {
    subPoint: "L4.b",
    reason:
      "Whether joint commissioning makes the best use of all resources is a judgement about pooled budgets and contracts that no respondent can see.",
    evidence:
      "Joint commissioning strategies, section 75 agreements and meetings with commissioners; what respondents can see, whether there are enough services and which are hardest to get, is asked (sufficient_places, hardest_to_get: L4.a, L4.c, L5.b).",
  },
  {
    subPoint: "L4.d",
    reason:
      "Respondents cannot see how commissioning weighs the risk of abuse, and a tick-box question about abuse in an anonymous survey would invite disclosures with no way to follow them up.",
    evidence:
      "Contracts, quality assurance of commissioned providers and safeguarding partners; practitioners are asked about safeguarding training (training, L6.e), and own-words answers that look like a disclosure are flagged to inspectors and show where to get help.",
  },
  {
    subPoint: "AP.c",
    reason:
      "An area places few children in residential special schools, so a question's figures would fall below the suppression threshold, and an answer could single out a family.",
    evidence: "Case tracking, placement records and meetings with commissioners and the schools.",
  },
];
