import { getDb } from "@arco/db";
import type { Database } from "@arco/db";
import { jobRuns } from "@arco/db/schema";
import { logger } from "@arco/log";
import { Cron } from "croner";
import { desc, inArray, sql } from "drizzle-orm";

import type { ArcoEvent } from "./client";
import { jobs } from "./functions";
import { createLocalRunner, enqueueEvents } from "./local-runner";
import type { LocalRunner } from "./local-runner";

/** The process's local runner, once started (the web server starts it; scripts don't). */
const holder = globalThis as unknown as { arcoLocalRunner?: LocalRunner };

/**
 * Queues the runs an event starts. The process's runner picks them up at once; without one
 * (a script, a test), they wait in the database for the app's runner.
 */
export async function sendLocally(event: ArcoEvent) {
  if (holder.arcoLocalRunner) return holder.arcoLocalRunner.send([event]);
  const { db } = await getDb();
  return enqueueEvents(db, jobs, [event]);
}

/** Starts the local runner of this process (once): the app calls it when no Inngest is set. */
export async function startLocalRunner() {
  if (holder.arcoLocalRunner) return holder.arcoLocalRunner;
  const { db } = await getDb();
  const runner = createLocalRunner({ db, jobs });
  holder.arcoLocalRunner = runner;
  await runner.start();
  logger.info({ functions: jobs.length }, "Background jobs run in this process (local runner)");
  return runner;
}

export interface FunctionOverview {
  id: string;
  name: string;
  /** `every hour (0 * * * *)`-style schedules are the web's to phrase; this is the raw trigger. */
  trigger: { cron: string; nextRunAt: Date | null } | { event: string };
  lastRun: {
    status: (typeof jobRuns.$inferSelect)["status"];
    startedAt: Date | null;
    finishedAt: Date | null;
    error: string | null;
  } | null;
  /** Runs queued or sleeping now. */
  waiting: number;
}

/** Every function with its trigger, its latest run under the local runner, and what waits. */
export async function functionsOverview(
  db: Database,
  now = new Date(),
): Promise<FunctionOverview[]> {
  const [latest, waiting] = await Promise.all([
    db
      .selectDistinctOn([jobRuns.functionId], {
        functionId: jobRuns.functionId,
        status: jobRuns.status,
        startedAt: jobRuns.startedAt,
        finishedAt: jobRuns.finishedAt,
        error: jobRuns.error,
      })
      .from(jobRuns)
      .where(sql`${jobRuns.startedAt} is not null`)
      .orderBy(jobRuns.functionId, desc(jobRuns.startedAt)),
    db
      .select({ functionId: jobRuns.functionId, count: sql<number>`count(*)::int` })
      .from(jobRuns)
      .where(inArray(jobRuns.status, ["queued", "sleeping"]))
      .groupBy(jobRuns.functionId),
  ]);
  return jobs.map((job) => {
    const last = latest.find((row) => row.functionId === job.id);
    return {
      id: job.id,
      name: job.name,
      trigger:
        "cron" in job.trigger
          ? {
              cron: job.trigger.cron,
              nextRunAt: new Cron(job.trigger.cron, { timezone: "UTC", paused: true }).nextRun(now),
            }
          : { event: job.trigger.event.name },
      lastRun: last
        ? {
            status: last.status,
            startedAt: last.startedAt,
            finishedAt: last.finishedAt,
            error: last.error,
          }
        : null,
      waiting: waiting.find((row) => row.functionId === job.id)?.count ?? 0,
    };
  });
}
