import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/ErrorSummary";
import { PageTitle } from "~/components/PageTitle";
import { Button, TextField, TableScroll } from "~/components/ui";
import { audit } from "~/auth/audit.server";
import { formatDateTime, formatEnd } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18n.server";
import { wakeMailWorker } from "~/mail/outbox.server";
import { readForm } from "~/platform/forms.server";
import { countNeeds, requireTeamWebinar } from "~/webinars/manage.server";
import { needsText } from "~/webinars/needs";
import { attendees, setAttendance, setCapacity } from "~/webinars/webinars.server";

export const handle = { i18n: ["inspector", "webinars"] };

/** Who is coming and what they need. Seeing names and emails is audited. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, inspector, inspectionId, webinar, language } = await requireTeamWebinar(
    request,
    params.inspectionId,
    params.webinarId,
  );
  const t = await getFixedT(language, "webinars");
  const people = await attendees(db, webinar.id);
  await audit(db, {
    userId: inspector.id,
    inspectionId,
    action: "attendees_viewed",
    detail: { webinarId: webinar.id },
  });
  let position = 0;
  return {
    inspectionId,
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
    taken: people.filter((p) => p.status === "confirmed").length,
    needs: countNeeds(people),
    saved: new URL(request.url).searchParams.has("saved"),
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      role: p.role,
      status: p.status,
      position: p.status === "waiting" ? (position += 1) : undefined,
      needs: needsText(p.accessNeeds, t),
      question: p.question,
      attended: p.attended,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, inspector, inspectionId, webinar, t } = await requireTeamWebinar(
    request,
    params.inspectionId,
    params.webinarId,
  );
  const form = await readForm(request);
  const here = `/inspections/${inspectionId}/webinars/${webinar.id}`;
  if (form.get("intent") === "attendance") {
    const came = form.getAll("came").filter((v): v is string => typeof v === "string");
    await setAttendance(db, webinar.id, came);
    await audit(db, {
      userId: inspector.id,
      inspectionId,
      action: "attendance_marked",
      detail: { webinarId: webinar.id, came: came.length },
    });
    return redirect(`${here}?saved`);
  }
  if (form.get("intent") === "capacity") {
    const typed = String(form.get("capacity") ?? "")
      .trim()
      .slice(0, 10);
    const result = /^\d{1,4}$/.test(typed)
      ? await setCapacity(db, webinar.id, Number(typed))
      : {
          ok: false as const,
          taken: (await attendees(db, webinar.id)).filter((p) => p.status === "confirmed").length,
        };
    if (!result.ok)
      return data(
        {
          capacityError: t("webinars.detail.capacityTooLow", { count: Math.max(1, result.taken) }),
          typed,
        },
        { status: 400 },
      );
    await audit(db, {
      userId: inspector.id,
      inspectionId,
      action: "webinar_updated",
      detail: { webinarId: webinar.id, capacity: { before: result.before, after: Number(typed) } },
    });
    wakeMailWorker();
    return redirect(here);
  }
  throw data(null, { status: 400 });
}

export default function WebinarDetail() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["inspector", "webinars"]);
  const { webinar, needs } = page;
  const needLines = [
    needs.bsl ? t("webinars.detail.bsl", { count: needs.bsl }) : null,
    needs.captions ? t("webinars.detail.captions", { count: needs.captions }) : null,
    needs.interpreter
      ? `${t("webinars.detail.interpreter", { count: needs.interpreter })}. ${t(
          "webinars.detail.languages",
          { languages: needs.languages.join(", ") },
        )}`
      : null,
    needs.breaks ? t("webinars.detail.breaks", { count: needs.breaks }) : null,
    needs.other ? t("webinars.detail.other", { count: needs.other }) : null,
  ].filter((line): line is string => line !== null);
  const confirmed = page.people.filter((p) => p.status === "confirmed");
  return (
    <>
      <PageTitle title={webinar.title} hasErrors={Boolean(result?.capacityError)} />
      <ErrorSummary
        problems={
          result?.capacityError ? [{ fieldId: "capacity", message: result.capacityError }] : []
        }
      />
      <p className="caption">{t("webinars.detail.caption")}</p>
      <h1 className="page-heading" dir="auto">
        {webinar.title}
      </h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("webinars.when")}</dt>
          <dd className="summary-list__value">{webinar.when}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("webinars.new.audience")}</dt>
          <dd className="summary-list__value">{t(`webinars:audience.${webinar.audience}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("webinars.new.host")}</dt>
          <dd className="summary-list__value">{t(`webinars:host.${webinar.host}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("webinars.new.joinUrl")}</dt>
          <dd className="summary-list__value break">
            <a href={webinar.joinUrl} rel="noreferrer">
              {webinar.joinUrl}
            </a>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t("webinars.places")}</dt>
          <dd className="summary-list__value">
            {t("webinars.placesOf", { taken: page.taken, capacity: webinar.capacity })}
          </dd>
        </div>
      </dl>
      <h2>{t("webinars.detail.needsTitle")}</h2>
      {needLines.length > 0 ? (
        <ul>
          {needLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t("webinars.detail.noNeeds")}</p>
      )}
      <h2>{t("webinars.detail.people")}</h2>
      <p className="hint">{t("webinars.detail.privacy")}</p>
      {page.saved ? (
        <p className="panel" role="status">
          {t("webinars.detail.attendanceSaved")}
        </p>
      ) : null}
      {page.people.length === 0 ? (
        <p>{t("webinars.detail.nobody")}</p>
      ) : (
        <Form method="post">
          <TableScroll label={t("webinars.detail.people")}>
            <table className="table">
              <caption id="people-caption" className="visually-hidden">
                {t("webinars.detail.people")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("webinars.detail.name")}</th>
                  <th scope="col">{t("webinars.detail.email")}</th>
                  <th scope="col">{t("webinars.detail.role")}</th>
                  <th scope="col">{t("webinars.detail.status")}</th>
                  <th scope="col">{t("webinars.detail.needs")}</th>
                  <th scope="col">{t("webinars.detail.question")}</th>
                  <th scope="col">{t("webinars.detail.attended")}</th>
                </tr>
              </thead>
              <tbody>
                {page.people.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">{person.name}</th>
                    <td className="break">{person.email}</td>
                    <td>{t(`webinars:signUp.roles.${person.role}`)}</td>
                    <td>
                      {t(`webinars.detail.statuses.${person.status}`, {
                        position: person.position,
                      })}
                    </td>
                    <td>{person.needs.join("; ")}</td>
                    <td>{person.question}</td>
                    <td>
                      {person.status === "confirmed" ? (
                        <label className="tick">
                          <input
                            type="checkbox"
                            name="came"
                            value={person.id}
                            defaultChecked={person.attended === true}
                          />
                          <span className="visually-hidden">
                            {t("webinars.detail.attendedLabel", { name: person.name })}
                          </span>
                        </label>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {confirmed.length > 0 ? (
            <Button name="intent" value="attendance" variant="secondary">
              {t("webinars.detail.saveAttendance")}
            </Button>
          ) : null}
        </Form>
      )}
      <p>
        <a href={`/inspections/${page.inspectionId}/webinars/${webinar.id}/attendees.csv`} download>
          {t("webinars.detail.export")}
        </a>
      </p>
      <h2>{t("webinars.detail.capacityTitle")}</h2>
      <Form method="post" noValidate>
        <TextField
          id="capacity"
          name="capacity"
          label={t("webinars.detail.capacity")}
          hint={t("webinars.detail.capacityHint")}
          inputMode="numeric"
          width="short"
          error={result?.capacityError}
          defaultValue={result?.typed ?? String(webinar.capacity)}
        />
        <Button name="intent" value="capacity" variant="secondary">
          {t("webinars.detail.capacityButton")}
        </Button>
      </Form>
    </>
  );
}
