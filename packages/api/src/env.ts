import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

// `next build` needs no secret: it is required when the production server starts (the web
// app's instrumentation loads this module then), not while the app is being built.
const production =
  process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";

export const env = createEnv({
  server: {
    /** The session secret (see @arco/auth); here it keys the hashes of requesters' IPs. */
    AUTH_SECRET: production
      ? z.string().min(32)
      : z.string().min(32).default("arco-development-secret-do-not-use-in-production"),
    /** Public origin of the app, for links in emails (never taken from request headers). */
    APP_URL: z.url().default("http://localhost:3000"),
    /** Set: the database is a Postgres server; unset: the embedded one (for the health report). */
    DATABASE_URL: z.url().optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
