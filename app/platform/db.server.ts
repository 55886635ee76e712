import { openDatabase } from "~db/client.server";
import type { DatabaseHandle, DatabaseOptions } from "~db/client.server";
import { settings } from "~/platform/settings.server";

/*
 * The process-wide database, for routes and capabilities. They reach db/ through this
 * `.server` module: the classic compiler empties `.server` files inside app/ for the browser,
 * but not files outside it. It opens the database the settings name (DATABASE_URL or the
 * embedded PGlite at PGLITE_DIR, with DATABASE_POOL_SIZE, DATABASE_PREPARE, MIGRATIONS_DIR).
 */
export type { Database, DatabaseHandle } from "~db/client.server";

const globalForDb = globalThis as typeof globalThis & {
  __sendVoiceDb?: Promise<DatabaseHandle>;
};

/** The database the settings name, for the server and for scripts that open their own. */
export function configuredDatabase(): DatabaseOptions {
  const { url, pgliteDir, poolSize, prepare, migrationsFolder } = settings().connection;
  return { url, dataDir: pgliteDir, poolSize, prepare, migrationsFolder };
}

/**
 * The process-wide database. Opening does not migrate: the server runs migrations once at
 * start-up (see `app/server/startup.server.ts`), never on import.
 */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  globalForDb.__sendVoiceDb ??= openDatabase(configuredDatabase());
  return globalForDb.__sendVoiceDb;
}

export async function getDb() {
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
