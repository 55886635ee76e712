import type { LoaderFunctionArgs } from "@remix-run/node";
import { getFixedT } from "~/i18n/i18n.server";
import { attachment, downloadName, madeRows } from "~/inspections/downloads";
import { toCsv } from "~/summary/export.server";
import { exportAttendees, requireTeamWebinar } from "~/webinars/manage.server";
import { needOptions, needsText } from "~/webinars/needs";

/** The sign-up list as a spreadsheet (formula-safe), for booking interpreters. Audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspectionId, inspection, webinar, language, t } =
    await requireTeamWebinar(request, params.inspectionId, params.webinarId);
  const w = await getFixedT(language, "webinars");
  const people = await exportAttendees(db, {
    inspectorId: inspector.id,
    inspectionId,
    webinarId: webinar.id,
  });
  const area = inspection.areaName;
  const made = new Date();
  const yes = (value: boolean | null | undefined) => (value ? "✓" : "");
  const rows: (string | number)[][] = [
    ...madeRows(t, language, {
      what: `${t("webinars.detail.people")}: ${webinar.title}`,
      area,
      made,
    }),
    [
      t("webinars.detail.name"),
      t("webinars.detail.email"),
      t("webinars.detail.role"),
      t("webinars.detail.status"),
      ...needOptions.map((need) => w(`signUp.needsOptions.${need}`)),
      t("webinars.detail.needs"),
      t("webinars.detail.question"),
      t("webinars.detail.attended"),
    ],
    ...people.map((p) => [
      p.name,
      p.email,
      w(`signUp.roles.${p.role}`),
      t(`webinars.detail.statuses.${p.status}`, { position: p.position }),
      ...needOptions.map((need) =>
        need === "interpreter" && p.accessNeeds.interpreter
          ? (p.accessNeeds.interpreterLanguage ?? "✓")
          : yes(p.accessNeeds[need]),
      ),
      needsText(p.accessNeeds, w).join("; "),
      p.question ?? "",
      yes(p.attended),
    ]),
  ];
  return new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(downloadName(area, "webinar-attendees", made)),
      "Cache-Control": "no-store",
    },
  });
}
