import type { TFunction } from "i18next";
import type { Database } from "~db/client.server";
import { criterion } from "~surveys/framework";
import { inspectionThemes } from "~/coding/themes.server";
import type { ThemeView } from "~/coding/themes.server";
import { areaNumbers } from "~/inspections/area-numbers.server";
import { withheldIn } from "./quotable.server";
import { rateWithBreakdowns, responseRates } from "./response-rates";
import { inspectionSummary } from "./summary.server";
import { suppressionThreshold } from "./threshold.server";
import { voicesView } from "./voices";

/**
 * The overview's figures (#18): responses by audience and version against the local area's own
 * numbers, the three voices, and the themes inspectors gave each criterion's comments. Every
 * figure is the summary's as shown, so suppression is the summary's.
 */
export async function overviewFigures(
  db: Database,
  input: { inspectionId: string; language: string; t: TFunction },
) {
  const { inspectionId, language, t } = input;
  const summary = await inspectionSummary(db, inspectionId, suppressionThreshold());
  const numbers = await areaNumbers(db, inspectionId);
  const threshold = summary.threshold;
  const themes = await inspectionThemes(db, {
    inspectionId,
    threshold,
    withheld: withheldIn(summary),
  });
  return {
    responses: summary.responses,
    total: summary.totalResponses,
    threshold,
    voices: voicesView(summary),
    rates: {
      sentences: responseRates(summary.responses, numbers).map((rate) =>
        rateWithBreakdowns(rate, summary.breakdowns, threshold, language, t),
      ),
      entered: Object.values(numbers).some((n) => n !== null),
    },
    themes: themesByCriterion(themes),
  };
}

/** Themes grouped under their criterion, in the framework's order, with its title. */
export function themesByCriterion(themes: ThemeView[]) {
  const codes = [...new Set(themes.map((theme) => theme.criterion))];
  return codes.map((code) => ({
    code,
    title: criterion(code as never).title,
    themes: themes.filter((theme) => theme.criterion === code),
  }));
}
