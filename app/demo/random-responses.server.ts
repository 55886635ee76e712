import type { Database } from "~db/client.server";
import { findDraft, saveDraftAnswer, startDraft } from "~/responses/drafts.server";
import { submitResponse } from "~/responses/submit.server";
import { findSurveyByToken, listSurveyLinks } from "~/inspections/survey-links.server";
import { getSurvey, questionOptions } from "~surveys";
import type { Audience } from "~surveys";

/** A small deterministic random source, so a failure can be replayed. */
export function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Sends one survey per audience in `plan` through the real draft and submit path, each with
 * random answers (some questions left alone), in either version and sometimes in Urdu. The
 * demo's past inspections are made with it (national.server.ts), and tests that need a
 * spread of answers.
 */
export async function submitRandomResponses(
  db: Database,
  inspectionId: string,
  plan: Audience[],
  next: () => number,
) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const links = await listSurveyLinks(db, inspectionId);
  for (const audience of plan) {
    const link = links.find((l) => l.audience === audience)!;
    const survey = (await findSurveyByToken(db, link.token))!;
    const version = next() < 0.3 ? "easy" : "standard";
    const definition = getSurvey(audience, version);
    const draft = await startDraft(db, {
      surveyLinkId: survey.linkId,
      version,
      language: next() < 0.2 ? "ur" : "en",
    });
    for (const question of definition.questions) {
      if (question.kind === "text" || next() < 0.2) continue;
      const options = questionOptions(question);
      if (question.kind === "multiple") {
        const values = options.filter(() => next() < 0.4).map((o) => o.value);
        if (values.length) await saveDraftAnswer(db, draft.id, question.id, { values });
        continue;
      }
      await saveDraftAnswer(db, draft.id, question.id, { value: pick(options).value });
    }
    await submitResponse(db, {
      inspectionId,
      audience,
      definition,
      draft: (await findDraft(db, draft.id, survey.linkId))!,
      language: "en",
    });
  }
}
