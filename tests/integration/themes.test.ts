import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { auditLog, commentThemes, comments, inspectionTeam, themes, users } from "~db/schema";
import type { Audience } from "~/inspections/audiences";
import { listComments, recodeComment } from "~/coding/comments.server";
import { readCommentFilter } from "~/coding/comment-filter";
import {
  addToTheme,
  chooseThemeQuote,
  inspectionThemes,
  mergeThemes,
  removeFromTheme,
  renameTheme,
} from "~/coding/themes.server";
import { areaNumbers, readAreaNumbers, setAreaNumbers } from "~/inspections/area-numbers.server";
import { responseRates } from "~/summary/response-rates";
import { fewPeople } from "~/summary/suppression";
import {
  createOpenInspection,
  createTestDatabase,
  databaseKind,
  sendOwnWords,
} from "./test-database";

/*
 * Themes and the local area's numbers (#18), through their capabilities: what they write,
 * what they refuse (writing nothing), what they audit, and that nothing crosses from one
 * inspection to another.
 */

let handle: DatabaseHandle;
let ours: string;
let theirs: string;
let inspector: string;

async function respond(inspection: string, audience: Audience, text: string) {
  await sendOwnWords(handle.db, { inspectionId: inspection, audience, text });
  const [row] = await handle.db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.inspectionId, inspection), eq(comments.text, text)));
  // Coded to I3 by an inspector, whatever the lexicon suggested.
  await recodeComment(handle.db, {
    userId: inspector,
    inspectionId: inspection,
    commentId: row!.id,
    criteria: ["I3"],
  });
  return row!.id;
}

const themeChanges = async (inspectionId: string) =>
  (
    await handle.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, "theme_changed"), eq(auditLog.inspectionId, inspectionId)))
  ).map((row) => row.detail as { change: string });

const themeRows = async (inspectionId: string) =>
  handle.db.select().from(themes).where(eq(themes.inspectionId, inspectionId));

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  ours = await createOpenInspection(handle.db, { localAreaName: "Themeshire" });
  theirs = await createOpenInspection(handle.db, { localAreaName: "Othershire" });
  const [user] = await handle.db
    .insert(users)
    .values({ email: "themes@inspect.test", name: "Theo", passwordHash: "x", role: "inspector" })
    .returning({ id: users.id });
  inspector = user!.id;
  await handle.db.insert(inspectionTeam).values({ inspectionId: ours, userId: inspector });
});
afterAll(() => handle.close());

describe(`themes on ${databaseKind}`, () => {
  const ids: string[] = [];
  let transport: string;

  beforeAll(async () => {
    for (let i = 0; i < 12; i++)
      ids.push(await respond(ours, "parent", `The taxi to school was late again, week ${i}.`));
  });

  it("gives comments a theme, and the same name (any case) adds to it; audited", async () => {
    const first = await addToTheme(handle.db, {
      userId: inspector,
      inspectionId: ours,
      criterion: "I3",
      label: "  Transport  to   school ",
      commentIds: ids.slice(0, 3),
    });
    expect(first).toMatchObject({ ok: true, created: true });
    transport = (first as { themeId: string }).themeId;
    const again = await addToTheme(handle.db, {
      userId: inspector,
      inspectionId: ours,
      criterion: "I3",
      label: "transport to school",
      commentIds: ids.slice(2, 12),
    });
    expect(again).toEqual({ ok: true, themeId: transport, created: false });
    const [row] = await themeRows(ours);
    expect(row!.label).toBe("Transport to school");
    const members = await handle.db
      .select()
      .from(commentThemes)
      .where(eq(commentThemes.themeId, transport));
    expect(members).toHaveLength(12);
    expect((await themeChanges(ours)).map((d) => d.change)).toEqual(["created", "added"]);
  });

  it("refuses a bad label, no comments, or a comment not coded to the criterion, writing nothing", async () => {
    const before = { rows: await themeRows(ours), audit: await themeChanges(ours) };
    const add = (label: unknown, commentIds: string[], criterion = "I3") =>
      addToTheme(handle.db, {
        userId: inspector,
        inspectionId: ours,
        criterion,
        label,
        commentIds,
      });
    expect(await add("", ids.slice(0, 1))).toEqual({ ok: false, problem: "labelMissing" });
    expect(await add("x".repeat(61), ids.slice(0, 1))).toEqual({
      ok: false,
      problem: "labelTooLong",
    });
    expect(await add("two\nlines", ids.slice(0, 1))).toEqual({
      ok: false,
      problem: "labelNotOneLine",
    });
    expect(await add("Waiting", [])).toEqual({ ok: false, problem: "noComments" });
    // Coded to I3, not L2: the whole change is refused, not the rest written.
    expect(await add("Waiting", ids.slice(0, 2), "L2")).toEqual({
      ok: false,
      problem: "notCoded",
    });
    expect(await add("Waiting", ids.slice(0, 2), "Z9")).toEqual({ ok: false, problem: "notFound" });
    expect(await themeRows(ours)).toEqual(before.rows);
    expect(await themeChanges(ours)).toEqual(before.audit);
  });

  it("shows how many people a theme rests on only from the threshold up, and its chosen quote", async () => {
    const small = await addToTheme(handle.db, {
      userId: inspector,
      inspectionId: ours,
      criterion: "I3",
      label: "Buses",
      commentIds: ids.slice(0, 2),
    });
    const shown = await inspectionThemes(handle.db, {
      inspectionId: ours,
      threshold: 10,
      withheld: [],
    });
    const byLabel = Object.fromEntries(shown.map((theme) => [theme.label, theme]));
    expect(byLabel["Transport to school"]!.people).toEqual({
      suppressed: false,
      count: 12,
      percent: 100,
    });
    expect(byLabel.Buses!.people).toEqual(fewPeople);
    expect(byLabel.Buses!.quote).toBeNull();

    expect(
      await chooseThemeQuote(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: (small as { themeId: string }).themeId,
        commentId: ids[1]!,
      }),
    ).toEqual({ ok: true });
    const quoted = (
      await inspectionThemes(handle.db, { inspectionId: ours, threshold: 10, withheld: [] })
    ).find((theme) => theme.label === "Buses")!;
    expect(quoted.quote).toMatchObject({ id: ids[1], audience: "parent" });
    // A withheld audience is never quoted, whoever chose the words.
    const withheld = (
      await inspectionThemes(handle.db, { inspectionId: ours, threshold: 10, withheld: ["parent"] })
    ).find((theme) => theme.label === "Buses")!;
    expect(withheld.quote).toBeNull();
  });

  it("never takes a comment flagged as a possible disclosure, or one outside the theme, as its quote", async () => {
    await handle.db.update(comments).set({ concern: true }).where(eq(comments.id, ids[5]!));
    const before = await themeRows(ours);
    expect(
      await chooseThemeQuote(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: transport,
        commentId: ids[5]!,
      }),
    ).toEqual({ ok: false, problem: "quoteConcern" });
    const buses = before.find((row) => row.label === "Buses")!;
    expect(
      await chooseThemeQuote(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: buses.id,
        commentId: ids[8]!,
      }),
    ).toEqual({ ok: false, problem: "quoteNotInTheme" });
    expect(await themeRows(ours)).toEqual(before);
    // Flagged after it was chosen: it is not shown.
    await chooseThemeQuote(handle.db, {
      userId: inspector,
      inspectionId: ours,
      themeId: transport,
      commentId: ids[6]!,
    });
    await handle.db.update(comments).set({ concern: true }).where(eq(comments.id, ids[6]!));
    const shown = await inspectionThemes(handle.db, {
      inspectionId: ours,
      threshold: 10,
      withheld: [],
    });
    expect(shown.find((theme) => theme.id === transport)!.quote).toBeNull();
    await handle.db.update(comments).set({ concern: false }).where(eq(comments.id, ids[6]!));
  });

  it("renames (refusing another theme's name) and merges, keeping the comments; audited", async () => {
    const buses = (await themeRows(ours)).find((row) => row.label === "Buses")!;
    expect(
      await renameTheme(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: buses.id,
        label: "TRANSPORT TO SCHOOL",
      }),
    ).toEqual({ ok: false, problem: "labelTaken" });
    expect(
      await renameTheme(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: buses.id,
        label: "Buses and taxis",
      }),
    ).toEqual({ ok: true });
    expect(
      await mergeThemes(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: buses.id,
        intoId: buses.id,
      }),
    ).toEqual({ ok: false, problem: "sameTheme" });
    expect(
      await mergeThemes(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: buses.id,
        intoId: transport,
      }),
    ).toEqual({ ok: true });
    const rows = await themeRows(ours);
    expect(rows.map((row) => row.label)).toEqual(["Transport to school"]);
    const members = await handle.db
      .select()
      .from(commentThemes)
      .where(eq(commentThemes.themeId, transport));
    expect(members).toHaveLength(12);
    expect((await themeChanges(ours)).map((d) => d.change)).toEqual(
      expect.arrayContaining(["renamed", "merged", "quote"]),
    );
    expect(
      await removeFromTheme(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: transport,
        commentIds: [ids[0]!],
      }),
    ).toEqual({ ok: true });
    expect(
      await handle.db.select().from(commentThemes).where(eq(commentThemes.themeId, transport)),
    ).toHaveLength(11);
  });

  it("a theme filter picks the theme's comments, and another inspection's theme picks nothing", async () => {
    const filter = readCommentFilter(new URLSearchParams({ theme: transport }));
    expect(filter.theme).toBe(transport);
    expect(readCommentFilter(new URLSearchParams({ theme: "not-an-id" })).theme).toBeUndefined();
    const listed = await listComments(handle.db, ours, filter);
    expect(listed).toHaveLength(11);
    expect(await listComments(handle.db, theirs, filter)).toEqual([]);
  });

  it("an inspection's themes cannot be read or changed through another inspection", async () => {
    const other = await respond(theirs, "parent", "Elsewhere, the bus never came.");
    const before = { rows: await themeRows(ours), audit: await themeChanges(ours) };
    const asTheirs = { userId: inspector, inspectionId: theirs };
    expect(
      await renameTheme(handle.db, { ...asTheirs, themeId: transport, label: "Mine" }),
    ).toEqual({ ok: false, problem: "notFound" });
    expect(
      await chooseThemeQuote(handle.db, { ...asTheirs, themeId: transport, commentId: other }),
    ).toEqual({ ok: false, problem: "notFound" });
    expect(
      await removeFromTheme(handle.db, { ...asTheirs, themeId: transport, commentIds: ids }),
    ).toEqual({ ok: false, problem: "notFound" });
    const theirTheme = await addToTheme(handle.db, {
      ...asTheirs,
      criterion: "I3",
      label: "Buses",
      commentIds: [other],
    });
    expect(
      await mergeThemes(handle.db, {
        userId: inspector,
        inspectionId: ours,
        themeId: transport,
        intoId: (theirTheme as { themeId: string }).themeId,
      }),
    ).toEqual({ ok: false, problem: "notFound" });
    // Their comment cannot join our theme, and ours cannot join theirs.
    expect(
      await addToTheme(handle.db, {
        userId: inspector,
        inspectionId: ours,
        criterion: "I3",
        label: "Transport to school",
        commentIds: [other],
      }),
    ).toEqual({ ok: false, problem: "notCoded" });
    expect(
      (
        await inspectionThemes(handle.db, { inspectionId: theirs, threshold: 10, withheld: [] })
      ).map((theme) => theme.label),
    ).toEqual(["Buses"]);
    expect(await themeRows(ours)).toEqual(before.rows);
    expect(await themeChanges(ours)).toEqual(before.audit);
  });
});

describe(`the local area's numbers on ${databaseKind}`, () => {
  it("reads whole numbers (with or without commas), blank as unknown, and refuses the rest field by field", () => {
    expect(
      readAreaNumbers({ ehcPlans: "1,200", senSupport: " 1100 ", practitionersInvited: "" }),
    ).toEqual({
      ok: true,
      numbers: { ehcPlans: 1200, senSupport: 1100, practitionersInvited: null },
    });
    expect(
      readAreaNumbers({ ehcPlans: "twelve", senSupport: "-4", practitionersInvited: "9999999" }),
    ).toEqual({
      ok: false,
      problems: { ehcPlans: "notWhole", senSupport: "notWhole", practitionersInvited: "tooBig" },
    });
    expect(readAreaNumbers({ ehcPlans: "1.5", senSupport: "", practitionersInvited: "" })).toEqual({
      ok: false,
      problems: { ehcPlans: "notWhole" },
    });
  });

  it("keeps what the lead entered, audited with before and after", async () => {
    const numbers = { ehcPlans: 1200, senSupport: 1100, practitionersInvited: 400 };
    await setAreaNumbers(handle.db, { userId: inspector, inspectionId: ours, numbers });
    expect(await areaNumbers(handle.db, ours)).toEqual(numbers);
    expect(await areaNumbers(handle.db, theirs)).toEqual({
      ehcPlans: null,
      senSupport: null,
      practitionersInvited: null,
    });
    const [entry] = await handle.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, "area_numbers_changed"), eq(auditLog.inspectionId, ours)));
    expect(entry!.detail).toEqual({
      before: { ehcPlans: null, senSupport: null, practitionersInvited: null },
      after: numbers,
    });
  });

  it("gives a response rate only where the count is shown and the area's number known", () => {
    const rates = responseRates(
      {
        child: { suppressed: false, count: 41, percent: 100 },
        parent: fewPeople,
        practitioner: { suppressed: false, count: 30, percent: 100 },
      },
      { ehcPlans: 1200, senSupport: 1100, practitionersInvited: null },
    );
    expect(rates.map((r) => [r.audience, r.base, r.percent])).toEqual([
      ["child", 2300, 1.8],
      ["parent", 2300, null],
      ["practitioner", null, null],
    ]);
  });
});

describe(`the criterion page and the local area's numbers page on ${databaseKind}`, () => {
  let cookie: string;
  let lead: string;
  const post = (path: string, fields: [string, string][], criterion = "I3") => ({
    request: new Request(`http://localhost/inspections/${ours}/${path}`, {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    }),
    params: { inspectionId: ours, criterion },
    context: { cspNonce: "" },
  });
  const get = (path: string, criterion = "I3") => ({
    request: new Request(`http://localhost/inspections/${ours}/${path}`, {
      headers: { Cookie: cookie },
    }),
    params: { inspectionId: ours, criterion },
    context: { cspNonce: "" },
  });
  const statusOf = async (outcome: Promise<unknown>) => {
    const settled = await outcome.catch((thrown: unknown) => thrown);
    if (settled instanceof Response) return settled.status;
    return (settled as { init?: { status?: number } }).init?.status ?? 200;
  };

  beforeAll(async () => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: "lead@themes.test", name: "Lea", passwordHash: "x", role: "inspector" })
      .returning({ id: users.id });
    lead = user!.id;
    await handle.db
      .insert(inspectionTeam)
      .values({ inspectionId: ours, userId: lead, role: "lead" });
    const { startSession } = await import("~/auth/session.server");
    cookie = (await startSession(lead)).split(";")[0]!;
  });

  it("shows the criterion's themes and coded comments; an unknown criterion is not found", async () => {
    const { loader } = await import("~/routes/inspections.$inspectionId.criteria.$criterion");
    const page = await loader(get("criteria/I3"));
    expect(page.code).toBe("I3");
    expect(page.themes.map((theme) => theme.label)).toEqual(["Transport to school"]);
    expect(page.comments.length).toBeGreaterThanOrEqual(12);
    // The flagged comment is listed to read and theme, but never offered as a quote.
    const flagged = page.comments.find((c) => c.text.includes("week 5"))!;
    expect(flagged.quotable).toBe(false);
    expect(await statusOf(loader(get("criteria/Z9", "Z9")))).toBe(404);
  });

  it("refuses bad theme forms with 400 and words to act on, writing nothing", async () => {
    const { action } = await import("~/routes/inspections.$inspectionId.criteria.$criterion");
    const [comment] = await listComments(handle.db, ours, { criterion: "I3" });
    const [flagged] = await handle.db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.inspectionId, ours), eq(comments.concern, true)));
    const before = { rows: await themeRows(ours), audit: await themeChanges(ours) };
    const refusals: [[string, string][], string][] = [
      [
        [
          ["intent", "add"],
          ["label", ""],
          ["comment", comment!.id],
        ],
        "Enter a name for the theme",
      ],
      [
        [
          ["intent", "add"],
          ["label", "Transport"],
        ],
        "Select at least one comment to give the theme",
      ],
      [
        [
          ["intent", "add"],
          ["label", "x".repeat(61)],
          ["comment", comment!.id],
        ],
        "The theme's name must be 60 characters or fewer",
      ],
      [
        [
          ["intent", "rename"],
          ["themeId", before.rows[0]!.id],
          ["label", " "],
        ],
        "Enter a name for the theme",
      ],
      [
        [
          ["intent", "merge"],
          ["themeId", before.rows[0]!.id],
        ],
        "Choose another theme to merge this one into",
      ],
      [
        [
          ["intent", "quote"],
          ["themeId", before.rows[0]!.id],
          ["commentId", flagged!.id],
        ],
        "A comment that may be a disclosure cannot be quoted",
      ],
    ];
    for (const [fields, message] of refusals) {
      const outcome = (await action(post("criteria/I3", fields))) as {
        data: { refused: { message: string; fieldId: string } };
        init: { status: number };
      };
      expect(outcome.init.status, JSON.stringify(fields)).toBe(400);
      expect(outcome.data.refused.message).toBe(message);
    }
    // Forged or unknown: 400, and another inspection's theme is not found.
    expect(await statusOf(action(post("criteria/I3", [["intent", "nothing"]])))).toBe(400);
    expect(
      await statusOf(
        action(
          post("criteria/I3", [
            ["intent", "add"],
            ["label", "x"],
            ["comment", "1; drop"],
          ]),
        ),
      ),
    ).toBe(400);
    const [theirTheme] = await themeRows(theirs);
    expect(
      await statusOf(
        action(
          post("criteria/I3", [
            ["intent", "rename"],
            ["themeId", theirTheme!.id],
            ["label", "Mine"],
          ]),
        ),
      ),
    ).toBe(404);
    expect(await themeRows(ours)).toEqual(before.rows);
    expect(await themeChanges(ours)).toEqual(before.audit);
    expect((await themeRows(theirs))[0]!.label).toBe("Buses");
  });

  it("gives comments a theme by a plain form post, and goes back to the theme", async () => {
    const { action } = await import("~/routes/inspections.$inspectionId.criteria.$criterion");
    const [comment] = await listComments(handle.db, ours, { criterion: "I3" });
    const response = (await action(
      post("criteria/I3", [
        ["intent", "add"],
        ["label", "Late taxis"],
        ["comment", comment!.id],
      ]),
    )) as Response;
    expect(response.status).toBe(302);
    const [added] = (await themeRows(ours)).filter((row) => row.label === "Late taxis");
    expect(response.headers.get("Location")).toBe(
      `/inspections/${ours}/criteria/I3#theme-${added!.id}`,
    );
  });

  it("keeps the local area's numbers from the lead's form, and refuses bad ones with 400, writing nothing", async () => {
    const { action } = await import("~/routes/inspections.$inspectionId.area-numbers");
    const before = await areaNumbers(handle.db, ours);
    const refused = (await action(
      post("area-numbers", [
        ["intent", "save"],
        ["ehcPlans", "lots"],
        ["senSupport", "1100"],
        ["practitionersInvited", "99999999"],
      ]),
    )) as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual({
      ehcPlans:
        "Enter the number of children and young people with an EHC plan as a whole number, like 1200, or leave it empty",
      practitionersInvited: "The number of practitioners invited must be 1,000,000 or fewer",
    });
    expect(await areaNumbers(handle.db, ours)).toEqual(before);
    const saved = (await action(
      post("area-numbers", [
        ["intent", "save"],
        ["ehcPlans", "1,300"],
        ["senSupport", ""],
        ["practitionersInvited", "250"],
      ]),
    )) as Response;
    expect(saved.status).toBe(302);
    expect(await areaNumbers(handle.db, ours)).toEqual({
      ehcPlans: 1300,
      senSupport: null,
      practitionersInvited: 250,
    });
  });
});
