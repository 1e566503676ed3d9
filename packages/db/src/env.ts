import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Postgres connection string. Unset: Arco runs on an embedded PGlite database. */
    DATABASE_URL: z.url().optional(),
    /** Folder of the embedded database. Relative paths resolve from the repository root. */
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    /**
     * A direct (not pooled) connection string to the same database, for migrations: they hold
     * an advisory lock for their whole run, which a transaction pooler cannot keep. Unset:
     * migrations use DATABASE_URL.
     */
    DIRECT_DATABASE_URL: z.url().optional(),
    /**
     * "false" behind a transaction pooler (PgBouncer in transaction mode, Supabase's pooler, …):
     * the pooler hands each transaction to any server connection, where a statement prepared on
     * another one does not exist.
     */
    DATABASE_PREPARE: z
      .enum(["true", "false", "1", "0"])
      .default("true")
      .transform((v) => v === "true" || v === "1"),
    /** Connections in the Postgres pool of one process. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** Postgres server the tests create their databases on. Unset: tests use PGlite in memory. */
    TEST_DATABASE_URL: z.url().optional(),
    /** Set: every SQL statement on Postgres is a span (see @arco/log's telemetry). */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
