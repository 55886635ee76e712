import { count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~db/client.server";
import { useDatabase } from "~/platform/db.server";
import { demoAreaName, demoInspector, seedDemo } from "~/demo/demo.server";
import { nationalYear } from "~/summary/national";
import { inspections, localAreas, responses, surveyLinks, users } from "~db/schema";
import { demoPastAreas } from "~/demo/national.server";
import { verifyPassword } from "~/auth/password.server";
import { setPhase } from "~/platform/health.server";
import { loader as healthz } from "~/routes/healthz";
import { createTestDatabase, databaseKind } from "./test-database";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabase(handle);
  // As the server is once start-up has migrated it (readiness: operations.test.ts).
  setPhase("ready");
});
afterAll(async () => {
  await handle.close();
});

describe(`database spine on ${databaseKind}`, () => {
  it("applies every migration and records it", async () => {
    const applied = await handle.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const rows =
      (applied as unknown as { rows?: { n: number }[] }).rows ??
      (applied as unknown as { n: number }[]);
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it("answers /healthz with the database kind after a real query", async () => {
    const response = await healthz();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: databaseKind });
  });

  it("seeds the demo once, however often it runs", async () => {
    const first = await seedDemo(handle.db, new Date());
    const second = await seedDemo(handle.db, new Date(Date.now() + 86_400_000));
    expect(second.inspectionId).toBe(first.inspectionId);
    const areas = await handle.db
      .select()
      .from(localAreas)
      .where(eq(localAreas.name, demoAreaName));
    expect(areas).toHaveLength(1);
    // Its three past inspections for the national picture, made once, each with responses.
    const past = await handle.db
      .select({ area: localAreas.name, responses: count(responses.id) })
      .from(localAreas)
      .innerJoin(inspections, eq(inspections.localAreaId, localAreas.id))
      .leftJoin(responses, eq(responses.inspectionId, inspections.id))
      .where(inArray(localAreas.name, demoPastAreas))
      .groupBy(localAreas.name);
    expect(past.map((p) => p.area).sort()).toEqual([...demoPastAreas].sort());
    for (const area of past) expect(area.responses, area.area).toBe(25);
    const links = await handle.db
      .select()
      .from(surveyLinks)
      .where(eq(surveyLinks.inspectionId, first.inspectionId));
    expect(links.map((l) => l.audience).sort()).toEqual(["child", "parent", "practitioner"]);
    for (const link of links) {
      expect(link.token.length).toBeGreaterThanOrEqual(24);
      expect(link.shortCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    }
    const [user] = await handle.db.select().from(users).where(eq(users.email, demoInspector.email));
    expect(await verifyPassword(demoInspector.password, user!.passwordHash)).toBe(true);
    // The past inspections: 75 responses through the real journey, slow on a loaded machine.
  }, 120_000);

  it("reopens the demo's surveys when a demo is started after they closed", async () => {
    const later = new Date(Date.now() + 100 * 86_400_000);
    const { inspectionId } = await seedDemo(handle.db, later);
    const [row] = await handle.db
      .select()
      .from(inspections)
      .where(eq(inspections.id, inspectionId));
    expect(row!.surveysCloseAt.getTime()).toBeGreaterThan(later.getTime());
  });

  it("leaves a demo inspection in a year the national picture shows, and starts a new one (#18)", async () => {
    const [was] = await handle.db
      .select({ id: inspections.id, opensAt: inspections.surveysOpenAt })
      .from(inspections)
      .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
      .where(eq(localAreas.name, demoAreaName));
    // Long enough after that the year its surveys opened in is shown, and frozen.
    const later = new Date(Date.now() + 800 * 86_400_000);
    const { inspectionId } = await seedDemo(handle.db, later);
    expect(inspectionId).not.toBe(was!.id);
    const [old] = await handle.db
      .select({ area: localAreas.name, opensAt: inspections.surveysOpenAt })
      .from(inspections)
      .innerJoin(localAreas, eq(localAreas.id, inspections.localAreaId))
      .where(eq(inspections.id, was!.id));
    expect(old).toEqual({
      area: `${demoAreaName} (${nationalYear(was!.opensAt)})`,
      opensAt: was!.opensAt,
    });
  });
});

describe("health when the database is gone", () => {
  it("answers 503 with a reason", async () => {
    const broken = await createTestDatabase();
    await broken.close();
    useDatabase(broken);
    try {
      const response = await healthz();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe("unavailable");
      expect(body.reason).toMatch(/database/);
    } finally {
      useDatabase(handle);
    }
  });
});
