import type { SurveyDefinitionInput, SurveyVersion } from "~surveys/schema";

type QuestionInput = SurveyDefinitionInput["questions"][number];

/*
 * The optional, coarse "about you" questions. They are used only for breakdowns under
 * suppression, never shown beside a comment. Texts are in the shared `survey-common` namespace.
 */
const ehcPlan = (version: SurveyVersion, subject: "me" | "child"): QuestionInput => ({
  id: "about_ehc_plan",
  kind: "single",
  section: "about",
  criteria: [],
  text: `survey-common:about.ehcPlan.${version}.${subject}`,
  help: `survey-common:about.ehcPlan.${version}.help`,
  picture: version === "easy" ? "plan" : undefined,
  options: [
    {
      value: "yes",
      text: "survey-common:about.yes",
      polarity: "neutral",
      picture: version === "easy" ? "yes" : undefined,
    },
    {
      value: "no",
      text: "survey-common:about.no",
      polarity: "neutral",
      picture: version === "easy" ? "no" : undefined,
    },
    {
      value: "dont_know",
      text: "survey-common:about.dontKnow",
      polarity: "dont_know",
      picture: version === "easy" ? "dont-know" : undefined,
    },
  ],
});

const settings = ["mainstream", "special", "alternative", "college", "not_in_school"] as const;
const settingPictures: Record<(typeof settings)[number], string> = {
  mainstream: "school",
  special: "school-special",
  alternative: "teacher",
  college: "college",
  not_in_school: "home",
};

const setting = (version: SurveyVersion, subject: "me" | "child"): QuestionInput => ({
  id: "about_setting",
  kind: "single",
  section: "about",
  criteria: [],
  text: `survey-common:about.setting.${version}.${subject}`,
  picture: version === "easy" ? "school" : undefined,
  options: [
    ...settings.map((value) => ({
      value,
      text: `survey-common:about.setting.options.${version}.${value}`,
      polarity: "neutral" as const,
      picture: version === "easy" ? settingPictures[value] : undefined,
    })),
    {
      value: "dont_know",
      text: "survey-common:about.dontKnow",
      polarity: "dont_know" as const,
      picture: version === "easy" ? "dont-know" : undefined,
    },
  ],
});

const ageBands = {
  me: ["under_11", "11_15", "16_18", "19_25"],
  child: ["0_4", "5_10", "11_15", "16_18", "19_25"],
} as const;

const agePictures: Record<(typeof ageBands)[keyof typeof ageBands][number], string> = {
  "0_4": "age-baby",
  "5_10": "age-child",
  under_11: "age-child",
  "11_15": "age-young-person",
  "16_18": "age-young-person",
  "19_25": "age-young-person",
};

const age = (version: SurveyVersion, subject: "me" | "child"): QuestionInput => ({
  id: "about_age",
  kind: "single",
  section: "about",
  criteria: [],
  text: `survey-common:about.age.${version}.${subject}`,
  picture: version === "easy" ? "birthday" : undefined,
  options: [
    ...ageBands[subject].map((value) => ({
      value,
      text: `survey-common:about.age.bands.${value}`,
      polarity: "neutral" as const,
      picture: version === "easy" ? agePictures[value] : undefined,
    })),
    {
      value: "dont_know",
      text: "survey-common:about.preferNotToSay",
      polarity: "dont_know" as const,
      picture: version === "easy" ? "not-say" : undefined,
    },
  ],
});

export const aboutChild = (version: SurveyVersion): QuestionInput[] => [
  age(version, "me"),
  setting(version, "me"),
  ehcPlan(version, "me"),
  {
    id: "about_answered_how",
    kind: "single",
    section: "about",
    criteria: [],
    text: `survey-common:about.answeredHow.${version}`,
    picture: version === "easy" ? "helper" : undefined,
    options: [
      {
        value: "on_my_own",
        text: `survey-common:about.answeredHow.options.${version}.on_my_own`,
        polarity: "neutral",
        picture: version === "easy" ? "me" : undefined,
      },
      {
        value: "with_help",
        text: `survey-common:about.answeredHow.options.${version}.with_help`,
        polarity: "neutral",
        picture: version === "easy" ? "helper" : undefined,
      },
      {
        value: "for_me",
        text: `survey-common:about.answeredHow.options.${version}.for_me`,
        polarity: "neutral",
        picture: version === "easy" ? "writing" : undefined,
      },
      {
        value: "dont_know",
        text: "survey-common:about.preferNotToSay",
        polarity: "dont_know",
        picture: version === "easy" ? "not-say" : undefined,
      },
    ],
  },
];

export const aboutParent = (version: SurveyVersion): QuestionInput[] => [
  age(version, "child"),
  setting(version, "child"),
  ehcPlan(version, "child"),
];

const sectorPictures = {
  education: "school",
  health: "doctor",
  social_care: "helper",
  other: "work",
} as const;

export const aboutPractitioner = (version: SurveyVersion): QuestionInput[] => [
  {
    id: "about_sector",
    kind: "single",
    section: "about",
    criteria: [],
    text: `survey-common:about.sector.${version}`,
    picture: version === "easy" ? "work" : undefined,
    options: [
      ...(["education", "health", "social_care", "other"] as const).map((value) => ({
        value,
        text: `survey-common:about.sector.options.${value}`,
        polarity: "neutral" as const,
        picture: version === "easy" ? sectorPictures[value] : undefined,
      })),
      {
        value: "dont_know",
        text: "survey-common:about.preferNotToSay",
        polarity: "dont_know" as const,
        picture: version === "easy" ? "not-say" : undefined,
      },
    ],
  },
];
