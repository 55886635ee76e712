import { chmodSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import type { Sql } from "postgres";
import * as schema from "./schema";

/** Either driver, seen through the PostgreSQL dialect they share. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The transaction `db.transaction` hands its callback. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/**
 * Where a function's statements run: the database, or a transaction its caller opened. A
 * function that takes this joins its caller's transaction when given one; one that must run
 * inside a transaction takes `Transaction`, and one that opens its own takes `Database`.
 */
export type DbOrTx = Database | Transaction;
export type DatabaseKind = "pglite" | "postgres";

/**
 * A query built once for each database and then run with placeholders. drizzle otherwise
 * builds the SQL text on every call, which for the pages every person loads cost more than
 * the database took to answer.
 */
export function builtOnce<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db)));
    return query;
  };
}

/** The rows of `db.execute`: postgres.js returns an array of them, PGlite an object holding them. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * How to reach a database. The server takes these from its settings (DATABASE_URL, PGLITE_DIR,
 * DATABASE_POOL_SIZE, DATABASE_PREPARE, MIGRATIONS_DIR: app/platform/settings.server.ts);
 * tests and scripts give what they need, and the rest is the default.
 */
export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder (.data/pglite); `memory://` keeps it in memory. */
  dataDir?: string;
  /** Connections the process keeps to PostgreSQL (10). */
  poolSize?: number;
  /** Named prepared statements (true); false behind a pooler in transaction mode. */
  prepare?: boolean;
  migrationsFolder?: string;
}

export const defaultMigrationsFolder = () => path.resolve("db", "migrations");

/**
 * drizzle runs a query as a named statement only when the query is given a name, and
 * postgres.js spends a round trip of its own describing an unnamed query's parameters
 * before it runs it. As named statements, each is described once a connection and every
 * query after that is one round trip. A connection keeps the statements it has seen until
 * it is recycled. Behind a pooler in transaction mode (PgBouncer), set DATABASE_PREPARE=false.
 */
function namingEveryStatement(client: Sql): Sql {
  type Unsafe = Sql["unsafe"];
  type Scoped = (sql: Sql) => unknown;
  const inScope =
    (open: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      const work = args.pop() as Scoped;
      return open(...args, (scoped: Sql) => work(namingEveryStatement(scoped)));
    };
  return new Proxy(client, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (key === "unsafe")
        // Also `unsafe(query, options)`, as postgres.js takes it. Forced, since drizzle asks
        // for unnamed statements explicitly.
        return ((query, parameters, options) =>
          parameters === undefined || Array.isArray(parameters)
            ? target.unsafe(query, parameters, { ...options, prepare: true })
            : target.unsafe(query, [], { ...(parameters as object), prepare: true })) as Unsafe;
      if ((key === "begin" || key === "savepoint") && typeof value === "function")
        return inScope((value as (...args: unknown[]) => unknown).bind(target));
      return value;
    },
  });
}

/** The advisory lock key migrations hold (any fixed number no other lock uses). */
const migrationsLockKey = 0x5e4d_0011;

/**
 * Applies migrations holding a PostgreSQL advisory lock, on a connection of their own: when
 * several hosts start at once, one migrates and the others wait for it, then find nothing
 * left to do. Without it two would both create drizzle's table and apply the same
 * migration, and all but one fail to start. The lock goes with the connection, so a host
 * killed while migrating holds up no one (its transaction is rolled back too).
 */
async function migrateOnce(url: string, migrationsFolder: string) {
  const connection = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await connection.unsafe(`select pg_advisory_lock(${migrationsLockKey})`);
    await migratePostgres(drizzlePostgres(connection), { migrationsFolder });
  } finally {
    await connection.end({ timeout: 5 });
  }
}

/** PostgreSQL's type id for bytea (recordings' audio). */
const byteaType = 17;

/*
 * PGlite's own bytea handling turns every byte into a two-letter string and back: a 10 MB
 * recording took 2–3 s of the one thread and about 190 MB of memory to store, and 1.3 s to
 * read (#16). Stored as bytes (its protocol sends a Uint8Array parameter as binary) and read
 * with Buffer's hex decoder instead.
 */
const serializers = { [byteaType]: (bytes: unknown) => bytes as string };
const parsers = {
  [byteaType]: (text: string) => {
    const bytes = Buffer.from(text.slice(2), "hex");
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
};

/** Databases on the embedded PGlite (see `checkpointEmbedded`). */
const embedded = new WeakSet<object>();

/**
 * PGlite runs PostgreSQL as a single user, where no checkpointer runs: its write-ahead log
 * keeps a second copy of everything written until the process stops (twenty 10 MB recordings
 * left 218 MB of log beside 208 MB of table). A checkpoint after a large write lets the log be
 * recycled (17 MB). A PostgreSQL server checkpoints by itself: nothing to do there.
 */
export async function checkpointEmbedded(db: Database): Promise<void> {
  if (embedded.has(db)) await db.execute(sql`checkpoint`);
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      idle_timeout: 20,
      connect_timeout: 10,
      onnotice: () => {},
    });
    const named = options.prepare === false ? client : namingEveryStatement(client);
    const db: Database = drizzlePostgres(named, { schema });
    return {
      db,
      kind: "postgres",
      migrate: () => migrateOnce(options.url!, migrationsFolder),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? path.resolve(".data/pglite");
  if (dataDir !== "memory://") {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    keepPrivate(dataDir);
  }
  const types = { serializers, parsers };
  const client = dataDir === "memory://" ? new PGlite(types) : new PGlite(dataDir, types);
  const pglite = drizzlePglite(client, { schema });
  const db: Database = pglite;
  embedded.add(db);
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(pglite, { migrationsFolder }),
    close: async () => {
      await client.close();
      // PGlite makes its files readable and writable by everyone (0666): the folder is closed
      // to others from the start, and what was made while open is made private on closing.
      if (dataDir !== "memory://") keepPrivate(dataDir);
    },
  };
}

/**
 * The embedded database's folder and everything in it, private to the app's user: folders
 * 0700 (no one else can even look inside), files 0600. Answers and recordings live here.
 */
export function keepPrivate(folder: string) {
  // What the app's user does not own (a volume's lost+found) is left as it is: never a reason
  // not to start.
  const tryChmod = (where: string, mode: number) => {
    try {
      chmodSync(where, mode);
      return true;
    } catch {
      return false;
    }
  };
  if (!tryChmod(folder, 0o700)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) keepPrivate(child);
    else if (entry.isFile()) tryChmod(child, 0o600);
  }
}
