import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import * as schema from "./schema";

/** Either driver, seen through the PostgreSQL dialect they share. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; `memory://` keeps it in memory. */
  dataDir?: string;
  migrationsFolder?: string;
}

export const defaultMigrationsFolder = () =>
  path.resolve(process.env.MIGRATIONS_DIR ?? path.join(process.cwd(), "db", "migrations"));

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (options.url) {
    const client = postgres(options.url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      idle_timeout: 20,
      connect_timeout: 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(db as never, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? path.resolve(process.env.PGLITE_DIR ?? ".data/pglite");
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const client = dataDir === "memory://" ? new PGlite() : new PGlite(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

const globalForDb = globalThis as typeof globalThis & {
  __sendVoiceDb?: Promise<DatabaseHandle>;
};

/**
 * The process-wide database. Opening does not migrate: the server runs migrations once at
 * start-up (see `startup.server.ts`), never on import.
 */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  globalForDb.__sendVoiceDb ??= openDatabase({ url: process.env.DATABASE_URL || undefined });
  return globalForDb.__sendVoiceDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

export async function closeDatabase(): Promise<void> {
  const handle = globalForDb.__sendVoiceDb;
  globalForDb.__sendVoiceDb = undefined;
  if (handle) await (await handle).close();
}

/** Points the process-wide database at a handle a test made (see tests/integration). */
export function useDatabase(handle: DatabaseHandle | Promise<DatabaseHandle>): void {
  globalForDb.__sendVoiceDb = Promise.resolve(handle);
}
