import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

import { at, id, timestamps } from "./columns";

/**
 * Runs of background functions under the local runner (`@arco/jobs`), which executes them in the
 * app process when no Inngest server is configured. A run is `queued` until claimed, `running`
 * while a process executes it, `sleeping` until `runAt` when a step waits, and ends `completed`,
 * `failed` (retries used up) or `cancelled` (by its cancel event). Everything a run needs to
 * resume — its event and the results of its finished steps — is here, so restarting the app
 * loses nothing.
 */
export const jobRunStatus = pgEnum("job_run_status", [
  "queued",
  "running",
  "sleeping",
  "completed",
  "failed",
  "cancelled",
]);

export interface JobRunEvent {
  name: string;
  data: Record<string, unknown>;
  /** When the event happened (ms since the epoch); for a cron run, its scheduled time. */
  ts: number;
}

export const jobRuns = pgTable(
  "job_runs",
  {
    id: id(),
    functionId: text().notNull(),
    event: jsonb().$type<JobRunEvent>().notNull(),
    status: jobRunStatus().notNull().default("queued"),
    /** Results of finished steps by step id: a resumed run replays them instead of rerunning. */
    steps: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** When the run may go next: at once, a sleep's wake time, or a retry's back-off. */
    runAt: at().notNull().defaultNow(),
    /** Failed attempts so far. */
    attempt: integer().notNull().default(0),
    /** The same key for the same function starts one run (an event delivered twice, a cron slot). */
    idempotencyKey: text(),
    /** Runs with the same key never run at the same time. */
    concurrencyKey: text(),
    result: jsonb(),
    error: text(),
    startedAt: at(),
    finishedAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("job_runs_function_idempotency_unique")
      .on(t.functionId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index("job_runs_due_idx")
      .on(t.runAt)
      .where(sql`${t.status} in ('queued', 'sleeping')`),
    index("job_runs_running_key_idx")
      .on(t.concurrencyKey)
      .where(sql`${t.status} = 'running'`),
    index("job_runs_function_created_idx").on(t.functionId, t.createdAt),
  ],
);
