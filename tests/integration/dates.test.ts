import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { auditLog, inspections, users, webinars } from "~db/schema";
import { hashPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { formatDate } from "~/i18n/format";
import { languageCodes } from "~/i18n/languages";
import { createInspection } from "~/inspections/inspections.server";
import { addDays, addWorkingDays, londonDateTime, londonDay } from "~/platform/time";
import { latestShownYear } from "~/summary/national";
import { action as datesAction } from "~/routes/inspections.$inspectionId.dates";
import { action as newInspectionAction } from "~/routes/inspections.new";
import { action as newWebinarAction } from "~/routes/inspections.$inspectionId.webinars.new";
import { dateFields, daysFromToday, today } from "../clock";
import { createTestDatabase, databaseKind } from "./test-database";

/*
 * Finding 13 of #16: every date an inspector enters is checked against the framework's
 * timetable (notification, week 1 surveys, weeks 2 and 3 on site) and refused with words that
 * say what is wrong and which day would do, in the page's language; nothing is stored.
 */

let handle: DatabaseHandle;
let session: string;
let leadId: string;
/** Notified today, set up a minute ago: week 2 in 7 days, week 3 in 14. */
let ours: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  const [lead] = await handle.db
    .insert(users)
    .values({
      email: "timetable@inspect.test",
      name: "Timetable Lead",
      passwordHash: await hashPassword("a long enough password"),
      role: "inspector",
    })
    .returning({ id: users.id });
  leadId = lead!.id;
  ours = await createInspection(handle.db, {
    localAreaName: "Timeshire",
    notifiedOn: today(),
    team: [{ userId: lead!.id, role: "lead" }],
    now: new Date(Date.now() - 60_000),
  });
  session = (await startSession(lead!.id)).split(";")[0]!;
});
afterAll(() => handle.close());

type Refused = { data: { errors: Record<string, string> }; init: { status: number } };

const post = (path: string, fields: Record<string, string>, language = "en") => ({
  request: new Request(`http://localhost${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: session,
      "Accept-Language": language,
    },
  }),
  params: { inspectionId: path.split("/")[2] ?? "" },
  context: { cspNonce: "" },
});

const day = (iso: string, language = "en") => formatDate(iso, language);

/**
 * The dates page as the timetable sets them for a notification day (today's, as stored, by
 * default): surveys from that day to 9am eight days later, week 2 a week on, week 3 two weeks
 * on. `change` then edits some of them.
 */
function datesForm(change: Record<string, string> = {}, notified = today()) {
  return {
    ...dateFields("notified", notified),
    ...dateFields("opens", notified),
    opensAt: "00:00",
    ...dateFields("closes", addDays(notified, 8)),
    closesAt: "09:00",
    ...dateFields("week2", addDays(notified, 7)),
    ...dateFields("week3", addDays(notified, 14)),
    ...change,
  };
}

async function storedRow() {
  const [row] = await handle.db.select().from(inspections).where(eq(inspections.id, ours));
  return row!;
}

describe(`dates that make no sense are refused on ${databaseKind}`, () => {
  it("refuses each date the timetable rules out on the dates page, saying which day would do", async () => {
    const before = await storedRow();
    const audits = async () =>
      (await handle.db.select().from(auditLog).where(eq(auditLog.inspectionId, ours))).length;
    const auditsBefore = await audits();
    const notified = today();
    // Each case breaks one rule; the form is otherwise as the timetable sets it.
    const cases: [string, Record<string, string>, string, string][] = [
      [
        "surveys opening before the area is told",
        dateFields("opens", daysFromToday(-2)),
        "opensOn",
        `The surveys cannot open before the local area is told about the inspection: enter ${day(notified)} or later`,
      ],
      [
        "surveys closing in week 3, on site",
        dateFields("closes", daysFromToday(14)),
        "closesOn",
        `The surveys must close before week 3 starts on ${day(daysFromToday(14))}: they run in week 1, so inspectors can use the answers to plan their time on site`,
      ],
      [
        "week 2 on the day the area is told",
        dateFields("week2", notified),
        "week2",
        `Week 2 must start after ${day(notified)}, the day the local area is told: week 1 starts on that day`,
      ],
      [
        "week 3 sooner than 10 working days after notification",
        {
          ...dateFields("closes", daysFromToday(7)),
          ...dateFields("week2", daysFromToday(3)),
          ...dateFields("week3", daysFromToday(8)),
        },
        "week3",
        `Week 3 cannot start before ${day(addWorkingDays(notified, 10))}: the local area is told 10 working days before fieldwork, and it is told on ${day(notified)}`,
      ],
      [
        "week 3 more than three weeks after notification",
        dateFields("week3", daysFromToday(22)),
        "week3",
        `Week 3 must start by ${day(daysFromToday(21))}, within 3 weeks of the local area being told on ${day(notified)}: fieldwork starts 10 working days after that, or a few days later around bank holidays`,
      ],
      [
        "a notification day moved beyond eight weeks ahead",
        datesForm({}, daysFromToday(57)),
        "notifiedOn",
        `Enter a date in the next 8 weeks, up to ${day(daysFromToday(56))}: the local area is told 10 working days before fieldwork`,
      ],
      [
        "a notification day in 2020",
        { notifiedDay: "9", notifiedMonth: "6", notifiedYear: "2020" },
        "notifiedOn",
        `Enter ${day(daysFromToday(-7))} or later: this inspection was set up on ${day(notified)}, and the local area is told no more than a week before an inspection is set up`,
      ],
      [
        "31 February",
        { week2Day: "31", week2Month: "2", week2Year: daysFromToday(7).slice(0, 4) },
        "week2",
        "Enter a real date, like 27 3 2027",
      ],
    ];
    for (const [name, change, field, words] of cases) {
      const refused = (await datesAction(
        post(`/inspections/${ours}/dates`, datesForm(change)),
      )) as Refused;
      expect(refused.init?.status, name).toBe(400);
      expect(refused.data.errors[field], name).toBe(words);
      // The day 2020 would need every other date moved too; the others break one rule only.
      if (!name.includes("2020")) expect(Object.keys(refused.data.errors), name).toEqual([field]);
    }
    // Nothing moved, and nothing was audited as changed.
    expect(await storedRow()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it("says the same in every language, with the day written in it", async () => {
    const notified = today();
    for (const language of languageCodes) {
      const refused = (await datesAction(
        post(
          `/inspections/${ours}/dates`,
          datesForm(dateFields("opens", daysFromToday(-2))),
          language,
        ),
      )) as Refused;
      const words = refused.data.errors.opensOn!;
      expect(words, language).toContain(day(notified, language));
      expect(words, language).not.toMatch(/dates\.errors|\{\{|\d{4}-\d{2}-\d{2}/);
    }
  });

  it("saves dates the timetable allows, the notification day among them", async () => {
    // Told tomorrow instead: the surveys open then, weeks 2 and 3 follow it.
    const notified = daysFromToday(1);
    const saved = (await datesAction(
      post(
        `/inspections/${ours}/dates`,
        // Three weeks after notification is the latest week 3 can start.
        datesForm({ opensAt: "09:00", ...dateFields("week3", addDays(notified, 21)) }, notified),
      ),
    )) as Response;
    expect(saved.status).toBe(302);
    const row = await storedRow();
    expect(row.notifiedOn).toBe(notified);
    expect(row.surveysOpenAt.toISOString()).toBe(londonDateTime(notified, "09:00").toISOString());
    expect(row.week3StartsOn).toBe(addDays(notified, 21));
    const changes = await handle.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.inspectionId, ours));
    expect(changes.map((c) => c.detail)).toContainEqual({
      dates: expect.objectContaining({
        before: expect.objectContaining({ notifiedOn: today() }),
        after: expect.objectContaining({ notifiedOn: notified }),
      }),
    });
    // Put back as the other tests expect it.
    const back = (await datesAction(post(`/inspections/${ours}/dates`, datesForm()))) as Response;
    expect(back.status).toBe(302);
    expect((await storedRow()).notifiedOn).toBe(today());
  });

  it("refuses a new inspection's impossible or out-of-range notification day", async () => {
    const setUp = async (fields: Record<string, string>) =>
      (await newInspectionAction(
        post("/inspections/new", { localAreaName: "Nowhereshire", ...fields }),
      )) as Refused;
    const year = daysFromToday(1).slice(0, 4);
    const invalid =
      "Enter the date the local area was told, as a real date, for example 23 11 2026";
    const cases: [Record<string, string>, string][] = [
      [{ notifiedDay: "31", notifiedMonth: "4", notifiedYear: year }, invalid],
      [{ notifiedDay: "0", notifiedMonth: "1", notifiedYear: year }, invalid],
      [{ notifiedDay: "12", notifiedMonth: "13", notifiedYear: year }, invalid],
      [{ notifiedDay: "1", notifiedMonth: "1", notifiedYear: year.slice(2) }, invalid],
      [
        { notifiedDay: "9", notifiedMonth: "6", notifiedYear: "2020" },
        `Enter a date in the last 7 days, from ${day(daysFromToday(-7))}: surveys for an earlier date would already have closed. For an older inspection, enter today's date, then change the dates`,
      ],
      [
        dateFields("notified", daysFromToday(60)),
        `Enter a date in the next 8 weeks, up to ${day(daysFromToday(56))}: the local area is told 10 working days before fieldwork`,
      ],
    ];
    const count = async () => (await handle.db.select().from(inspections)).length;
    const before = await count();
    for (const [fields, words] of cases) {
      const refused = await setUp(fields);
      expect(refused.init.status, JSON.stringify(fields)).toBe(400);
      expect(refused.data.errors.notifiedOn, JSON.stringify(fields)).toBe(words);
    }
    expect(await count()).toBe(before);
  });

  it("never moves an inspection into or out of a year the national picture shows (#18)", async () => {
    // The latest year shown today: its figures are published and must never change.
    const shown = latestShownYear(today());
    const row = async (id: string) =>
      (await handle.db.select().from(inspections).where(eq(inspections.id, id)))[0]!;
    /** Set up on `day` at 10:00 (its surveys opened then, and have long closed since). */
    const setUpOn = (localAreaName: string, day: string) =>
      createInspection(handle.db, {
        localAreaName,
        notifiedOn: day,
        team: [{ userId: leadId, role: "lead" }],
        now: londonDateTime(day, "10:00"),
      });
    /** The dates page's form: told on `notified`, surveys open at 09:00 on `opens`, closing as stored. */
    const moved = (stored: { surveysCloseAt: Date }, notified: string, opens: string) => ({
      ...dateFields("notified", notified),
      ...dateFields("opens", opens),
      opensAt: "09:00",
      ...dateFields("closes", londonDay(stored.surveysCloseAt)),
      closesAt: "09:00",
      ...dateFields("week2", addDays(notified, 7)),
      ...dateFields("week3", addDays(notified, 21)),
    });

    // Set up early in January after it: the dates page lets the notification day go back a
    // week, to late December. The surveys may not follow it into a year already shown.
    const january = await setUpOn("Januaryshire", `${shown + 1}-01-05`);
    const before = await row(january);
    const december = `${shown}-12-29`;
    const intoShown = moved(before, december, december);
    const refused = (await datesAction(
      post(`/inspections/${january}/dates`, intoShown),
    )) as Refused;
    expect(refused.init?.status).toBe(400);
    expect(refused.data.errors).toEqual({
      opensOn: `The surveys cannot open in ${shown}: the national picture already shows that year, and its figures must not change. Enter ${day(`${shown + 1}-01-01`)} or later`,
    });
    expect(await row(january)).toEqual(before);
    for (const language of languageCodes) {
      const words = (
        (await datesAction(post(`/inspections/${january}/dates`, intoShown, language))) as Refused
      ).data.errors.opensOn!;
      expect(words, language).toContain(day(`${shown + 1}-01-01`, language));
      expect(words, language).not.toMatch(/dates\.errors|\{\{|\d{4}-\d{2}-\d{2}/);
    }
    // Told in December, with the surveys opening in January as before: that is allowed.
    const allowed = (await datesAction(
      post(`/inspections/${january}/dates`, moved(before, december, `${shown + 1}-01-02`)),
    )) as Response;
    expect(allowed.status).toBe(302);
    expect((await row(january)).notifiedOn).toBe(december);

    // Nor out of one: an inspection whose surveys opened on 30 December of a shown year.
    const lastWeek = await setUpOn("Decembershire", `${shown}-12-30`);
    const stored = await row(lastWeek);
    const out = (await datesAction(
      post(`/inspections/${lastWeek}/dates`, moved(stored, `${shown}-12-30`, `${shown + 1}-01-02`)),
    )) as Refused;
    expect(out.init?.status).toBe(400);
    expect(out.data.errors).toEqual({
      opensOn: `The surveys must still open in ${shown}, from ${day(`${shown}-01-01`)} to ${day(`${shown}-12-31`)}: the national picture already shows that year with this inspection in it, and its figures must not change`,
    });
    expect(await row(lastWeek)).toEqual(stored);
    // Within its year, the opening day can still move.
    const within = (await datesAction(
      post(`/inspections/${lastWeek}/dates`, moved(stored, `${shown}-12-30`, `${shown}-12-31`)),
    )) as Response;
    expect(within.status).toBe(302);
  });

  it("keeps a webinar within its inspection: from notification to the last day on site", async () => {
    // Told in three days: its webinars can be from then until week 3's last working day.
    const ahead = await createInspection(handle.db, {
      localAreaName: "Aheadshire",
      notifiedOn: daysFromToday(3),
      team: [{ userId: leadId, role: "lead" }],
    });
    const week3 = daysFromToday(3 + 14);
    // Five working days on site, week 3's first among them.
    const last = addWorkingDays(week3, 4);
    const schedule = (when: string) =>
      newWebinarAction(
        post(`/inspections/${ahead}/webinars/new`, {
          title: "Meet the inspectors",
          ...dateFields("webinar", when),
          starts: "18:00",
          ends: "19:00",
          capacity: "30",
          audience: "both",
          host: "inspectors",
          joinUrl: "https://example.org/room",
        }),
      );
    const early = (await schedule(daysFromToday(1))) as Refused;
    expect(early.init.status).toBe(400);
    expect(early.data.errors).toEqual({
      day: `The webinar must be during the inspection: families hear about it only once the local area is told, on ${day(daysFromToday(3))}. Enter ${day(daysFromToday(3))} or later`,
    });
    const late = (await schedule(addDays(last, 1))) as Refused;
    expect(late.init.status).toBe(400);
    expect(late.data.errors).toEqual({
      day: `The webinar must be by ${day(last)}, the last day on site in week 3 (which starts on ${day(week3)}), so inspectors can still use what families tell them`,
    });
    const yearLater = (await schedule(daysFromToday(365))) as Refused;
    expect(yearLater.data.errors.day).toMatch(/the last day on site in week 3/);
    expect(await handle.db.select().from(webinars).where(eq(webinars.inspectionId, ahead))).toEqual(
      [],
    );
    // The first and last days of that window are fine.
    for (const when of [daysFromToday(3), last])
      expect(((await schedule(when)) as Response).status, when).toBe(302);
  });
});
