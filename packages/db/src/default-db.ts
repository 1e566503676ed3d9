import { createDb } from "./client";
import type { DbHandle } from "./client";
import { env } from "./env";
import { resolveDataDir } from "./paths";

const globalForDb = globalThis as unknown as { arcoDb?: Promise<DbHandle> };

/**
 * The process-wide database from the environment: Postgres when DATABASE_URL is set, otherwise
 * the embedded PGlite folder, migrated on first use. Cached on globalThis so hot reloads in
 * development reuse one pool (and never open the PGlite folder twice).
 */
export function getDb(): Promise<DbHandle> {
  globalForDb.arcoDb ??= createDb({
    url: env.DATABASE_URL,
    dataDir: resolveDataDir(env.PGLITE_DATA_DIR),
    max: env.DATABASE_POOL_MAX,
    prepare: env.DATABASE_PREPARE,
    traced: env.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined,
  }).catch((error: unknown) => {
    globalForDb.arcoDb = undefined;
    throw error;
  });
  return globalForDb.arcoDb;
}
