import { randomBytes } from "node:crypto";
import postgres from "postgres";

/*
 * For the tests that need a PostgreSQL server whichever database the suite runs on (several
 * hosts migrating at once, pg_dump and restore): the server of DATABASE_URL when it is set,
 * else CI_POSTGRES_URL, else the local one. Each test makes its own databases and drops them.
 * Without a server they are skipped, except in CI (CI=true), where that is a failure.
 */
const configured =
  process.env.DATABASE_URL ?? process.env.CI_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432";

/** The connection string for one database on the server. */
export function databaseUrl(name: string): string {
  const url = new URL(configured);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Whether the server answers; in CI its absence is an error, not a reason to skip. */
export async function postgresServerAvailable(): Promise<boolean> {
  const admin = postgres(databaseUrl("postgres"), {
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
  });
  try {
    await admin`select 1`;
    return true;
  } catch (error) {
    if (process.env.CI === "true")
      throw new Error(
        `CI needs PostgreSQL at ${databaseUrl("postgres")} (CI_POSTGRES_URL): ${String(error)}`,
      );
    return false;
  } finally {
    await admin.end({ timeout: 1 });
  }
}

/** A new empty database; `drop` removes it, closing anything still connected. */
export async function scratchDatabase(prefix: string) {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = postgres(databaseUrl("postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  return {
    name,
    url: databaseUrl(name),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
