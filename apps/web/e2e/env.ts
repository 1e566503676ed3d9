import { z } from "zod";

/** What the browser tests read from the environment (the only file here that may). */
export const e2eEnv = z
  .object({
    /** Postgres server to create the test database on; unset: a temporary PGlite folder. */
    TEST_DATABASE_URL: z.url().optional(),
    /** "1": reuse the existing `.next` build instead of building again (local iteration). */
    E2E_SKIP_BUILD: z.enum(["0", "1"]).optional(),
    /**
     * Redis for what must be shared between processes (the multi-process test, the API bench);
     * the shared e2e server runs without it, as a fresh install does.
     */
    REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
    /** Browser to drive; Debian's Chromium by default. */
    CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  })
  .parse(
    Object.fromEntries(
      Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ""),
    ),
  );

/**
 * The environment `next build` and Arco's server inherit, minus what would make the run depend
 * on the machine: a shared rate-limit store (its hourly sign-up limit would outlive one run), a
 * real email provider (mail must land in the dev outbox the tests read), background-job
 * and payment credentials, and any database configured for development.
 */
export function serverBaseEnv(): Record<string, string> {
  const drop = new Set([
    "DATABASE_URL",
    "PGLITE_DATA_DIR",
    "REDIS_URL",
    "UPSTASH_REDIS_REST_URL",
    "UPSTASH_REDIS_REST_TOKEN",
    "RESEND_API_KEY",
    "RESEND_BASE_URL",
    "INNGEST_DEV",
    "INNGEST_EVENT_KEY",
    "INNGEST_SIGNING_KEY",
    "INNGEST_BASE_URL",
    "NODE_ENV",
    "PORT",
    "HOST",
    "TRUSTED_PROXY_HOPS",
    "EMAIL_DROP_DIR",
    "STORAGE_DIR",
    "S3_BUCKET",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "STRIPE_API_URL",
  ]);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !drop.has(entry[0]),
    ),
  );
}
