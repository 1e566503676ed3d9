import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Postgres connection string. Unset: Arco runs on an embedded PGlite database. */
    DATABASE_URL: z.url().optional(),
    /** Folder of the embedded database. Relative paths resolve from the repository root. */
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    /** Connections in the Postgres pool of one process. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** Postgres server the tests create their databases on. Unset: tests use PGlite in memory. */
    TEST_DATABASE_URL: z.url().optional(),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
