import { mkdirSync } from "node:fs";

import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

import { migrationsFolder } from "./paths";
import * as schema from "./schema";
import { traceQueries } from "./tracing";

// 1. Types every layer above the driver uses ------------------------------------------------

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;
/** What services take: the database, or a transaction they join. */
export type DbOrTx = Database | Transaction;

export type DatabaseMode = "embedded" | "postgres";

export interface DbHandle {
  db: Database;
  mode: DatabaseMode;
  /** Where the data lives, without credentials (for logs and health). */
  location: string;
  /** Applies pending migrations with Drizzle's migrator; safe to call concurrently. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** Postgres connection string. Without it the embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder (absolute), or `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  /** Pool size for Postgres. */
  max?: number;
  /** Named prepared statements (Postgres); false behind a transaction pooler. Default true. */
  prepare?: boolean;
  /** A span for every SQL statement (Postgres), for OpenTelemetry. Default false. */
  traced?: boolean;
  /** Apply migrations before returning. Defaults to true for the embedded database. */
  migrate?: boolean;
  /** Called with every SQL statement Drizzle sends (tests count them). */
  onStatement?: (sql: string) => void;
}

const casing = "snake_case" as const;

// 2. The two drivers ---------------------------------------------------------------------------

const statementLogger = (onStatement?: (sql: string) => void) =>
  onStatement && { logQuery: (sql: string) => onStatement(sql) };

function openPostgres(
  url: string,
  {
    max,
    prepare,
    traced,
    onStatement,
  }: { max: number; prepare: boolean; traced: boolean; onStatement?: (sql: string) => void },
): DbHandle {
  const client = postgres(url, { max, prepare, onnotice: () => {} });
  const db = drizzlePostgres({
    client: traced ? traceQueries(client) : client,
    schema,
    casing,
    logger: statementLogger(onStatement),
  });
  const { host, pathname } = new URL(url);
  return {
    db: db as unknown as Database,
    mode: "postgres",
    location: `postgres://${host}${pathname}`,
    async migrate() {
      // A dedicated connection holds the advisory lock for the whole run, so two processes
      // starting together apply each migration once.
      const lockClient = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lockClient`select pg_advisory_lock(hashtext('arco:migrations'))`;
        await migratePostgres(drizzlePostgres({ client: lockClient, schema, casing }), {
          migrationsFolder: migrationsFolder(),
        });
      } finally {
        await lockClient.end();
      }
    },
    close: () => client.end(),
  };
}

async function openPglite(dataDir: string, onStatement?: (sql: string) => void): Promise<DbHandle> {
  const inMemory = dataDir === "memory://";
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = inMemory ? new PGlite() : new PGlite(dataDir);
  await client.waitReady;
  const db = drizzlePglite({ client, schema, casing, logger: statementLogger(onStatement) });
  return {
    db: db as unknown as Database,
    mode: "embedded",
    location: dataDir,
    // PGlite is a single connection: concurrent callers are already serialised.
    migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
    close: () => client.close(),
  };
}

/**
 * Runs raw SQL and returns its rows, whichever driver is underneath (postgres-js answers with
 * an array, PGlite with `{ rows }`).
 */
export async function selectRows<T extends Record<string, unknown>>(
  db: DbOrTx,
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

// 3. Entry points -------------------------------------------------------------------------------

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  const handle = options.url
    ? openPostgres(options.url, {
        max: options.max ?? 10,
        prepare: options.prepare ?? true,
        traced: options.traced ?? false,
        onStatement: options.onStatement,
      })
    : await openPglite(options.dataDir ?? "memory://", options.onStatement);
  if (options.migrate ?? handle.mode === "embedded") await handle.migrate();
  return handle;
}
