import type { Database } from "~db/client.server";
import type { Webinar } from "~db/schema";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import { needsOnly, unarranged } from "./access-needs.server";
import { countNeeds, viewAttendees } from "./manage.server";
import type { WebinarWork } from "./manage.server";
import { needsText } from "./needs";

/**
 * What a webinar's page shows its hosts: the webinar, who is coming and what they need, and
 * each need of a person with a place not yet arranged (#22). Seeing names is audited.
 */
export async function attendeesPage(
  db: Database,
  work: WebinarWork,
  webinar: Webinar,
  language: LanguageCode,
) {
  const t = await getFixedT(language, "webinars");
  const people = await viewAttendees(db, work);
  const withPlace = people.filter((p) => p.status === "confirmed");
  return {
    webinar: {
      id: webinar.id,
      title: webinar.title,
      when: t("signUp.when", {
        when: formatDateTime(webinar.startsAt, language),
        ends: formatEnd(webinar.startsAt, webinar.endsAt, language),
      }),
      audience: webinar.audience,
      host: webinar.host,
      joinUrl: webinar.joinUrl,
      capacity: webinar.capacity,
    },
    taken: withPlace.length,
    needs: countNeeds(people),
    toArrange: withPlace.flatMap((p) =>
      unarranged(p).map((need) => ({
        signupId: p.id,
        name: p.name,
        need,
        words: needsText(needsOnly(p.accessNeeds, [need]), t)[0]!,
      })),
    ),
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      role: p.role,
      status: p.status,
      position: p.position,
      needs: needsText(p.accessNeeds, t),
      question: p.question,
      attended: p.attended,
    })),
  };
}
