import type { Database, DbOrTx } from "@arco/db";
import { jobRuns } from "@arco/db/schema";
import type { JobRunEvent } from "@arco/db/schema";
import { logger } from "@arco/log";
import type { SystemScope } from "@arco/services";
import { Cron } from "croner";
import { and, eq, inArray, lt, sql } from "drizzle-orm";

import type { ArcoEvent } from "./client";
import { valueAt } from "./job";
import type { Job, JobStep } from "./job";
import { jobScope } from "./scope";

/**
 * Arco's local runner: with no Inngest server configured, the app process runs every function
 * itself — cron functions on their schedule, event functions when their event is sent — from the
 * same definitions Inngest serves. Runs live in `job_runs`: a step's result is stored as soon as
 * it finishes and a sleep is a row waiting for its time, so a restart loses nothing and replays
 * no finished step. Several processes on one database share the work: runs are claimed under an
 * advisory lock, and a cron slot starts one run (its idempotency key).
 */

type RunRow = typeof jobRuns.$inferSelect;

/** Thrown inside a handler to park the run until `until`. */
class Sleep {
  constructor(readonly until: Date) {}
}

const CRON_EVENT = "inngest/scheduled.timer";
/** A run "running" for longer than this belonged to a process that died: it runs again. */
const ABANDONED_AFTER_MS = 15 * 60_000;
/** Retries wait 10 s, 20 s, 40 s …, at most 10 minutes. */
const retryDelay = (attempt: number) => Math.min(10_000 * 2 ** (attempt - 1), 10 * 60_000);
const CLAIM_LOCK = 7_301_005;

const jsonOf = <T>(value: T): T =>
  value === undefined ? (null as T) : JSON.parse(JSON.stringify(value));

function keysOf(job: Job, event: JobRunEvent & { id?: string }) {
  const idempotencyKey = job.idempotency
    ? valueAt(event, job.idempotency)
    : event.id
      ? `event:${event.id}`
      : null;
  const single = job.concurrency?.find((c) => c.limit === 1);
  const concurrencyKey = !single
    ? null
    : single.key
      ? `${job.id}:${valueAt(event, single.key) ?? ""}`
      : job.id;
  return { idempotencyKey, concurrencyKey };
}

/** Queues the runs an event starts, and cancels the waiting runs it ends. */
export async function enqueueEvents(
  db: DbOrTx,
  jobs: readonly Job[],
  events: readonly (ArcoEvent & { id?: string; ts?: number })[],
  now = new Date(),
) {
  let queued = 0;
  for (const sent of events) {
    const event = {
      name: sent.name,
      data: sent.data as Record<string, unknown>,
      ts: sent.ts ?? now.getTime(),
      id: sent.id,
    };
    for (const job of jobs) {
      for (const cancel of job.cancelOn ?? []) {
        const value = valueAt(event, cancel.match);
        if (cancel.event.name !== event.name || value === null) continue;
        await db
          .update(jobRuns)
          .set({ status: "cancelled", finishedAt: now })
          .where(
            and(
              eq(jobRuns.functionId, job.id),
              inArray(jobRuns.status, ["queued", "sleeping"]),
              sql`${jobRuns.event} #>> ${`{${cancel.match.split(".").join(",")}}`}::text[] = ${value}`,
            ),
          );
      }
      if (!("event" in job.trigger) || job.trigger.event.name !== event.name) continue;
      const inserted = await db
        .insert(jobRuns)
        .values({
          functionId: job.id,
          event: { name: event.name, data: event.data, ts: event.ts },
          runAt: now,
          ...keysOf(job, event),
        })
        .onConflictDoNothing()
        .returning({ id: jobRuns.id });
      queued += inserted.length;
    }
  }
  return queued;
}

const scheduleOf = (pattern: string) => new Cron(pattern, { timezone: "UTC", paused: true });

/** The slots of `pattern` (UTC) after `since`, up to `until`. */
function slotsBetween(pattern: string, since: Date, until: Date) {
  const cron = scheduleOf(pattern);
  const slots: Date[] = [];
  for (let next = cron.nextRun(since); next && next <= until; next = cron.nextRun(next)) {
    slots.push(next);
  }
  return slots;
}

/** The latest slot of `pattern` (UTC) at or before `at`. */
const latestSlot = (pattern: string, at: Date) =>
  scheduleOf(pattern).previousRuns(1, new Date(at.getTime() + 1))[0];

export interface LocalRunnerOptions {
  db: Database;
  jobs: readonly Job[];
  /** The clock; tests move it. */
  now?: () => Date;
  /** How often it looks for due work. Default 1 s. */
  pollMs?: number;
  /** Runs executing at once. Default 4. */
  concurrency?: number;
  /** What the functions' services run with; by default `jobScope(db)` on the runner's clock. */
  scope?: SystemScope;
}

export type LocalRunner = ReturnType<typeof createLocalRunner>;

export function createLocalRunner({
  db,
  jobs,
  now = () => new Date(),
  pollMs = 1_000,
  concurrency = 4,
  scope = jobScope(db, { now }),
}: LocalRunnerOptions) {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const crons = jobs.flatMap((job) =>
    "cron" in job.trigger ? [{ job, pattern: job.trigger.cron }] : [],
  );
  let cronsSince = now();
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;

  /** Queues the run of one cron slot, unless some process already did. */
  async function queueSlot(job: Job, pattern: string, slot: Date) {
    await db
      .insert(jobRuns)
      .values({
        functionId: job.id,
        event: { name: CRON_EVENT, data: { cron: pattern }, ts: slot.getTime() },
        idempotencyKey: `cron:${slot.toISOString()}`,
        concurrencyKey: keysOf(job, { name: CRON_EVENT, data: {}, ts: slot.getTime() })
          .concurrencyKey,
        runAt: slot,
      })
      .onConflictDoNothing();
  }

  /** Queues each cron slot that came due since the last look (one run per slot, whoever looks). */
  async function queueCronSlots(until: Date) {
    for (const { job, pattern } of crons) {
      for (const slot of slotsBetween(pattern, cronsSince, until))
        await queueSlot(job, pattern, slot);
    }
    cronsSince = until;
  }

  /**
   * At start, each schedule's latest slot, if no process ran it: what came due while the app
   * was down runs once (not once per missed slot), and a fresh install runs its daily jobs now.
   */
  async function queueMissedSlots(at: Date) {
    for (const { job, pattern } of crons) {
      const slot = latestSlot(pattern, at);
      if (slot) await queueSlot(job, pattern, slot);
    }
  }

  /** The next due run, now "running"; null when nothing is due or its key is busy. */
  async function claim(at: Date): Promise<RunRow | null> {
    return db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`);
      const [run] = await tx
        .update(jobRuns)
        .set({ status: "running", startedAt: at, updatedAt: at })
        .where(
          eq(
            jobRuns.id,
            sql`(select j.id from ${jobRuns} j
              where j.status in ('queued', 'sleeping') and j.run_at <= ${at.toISOString()}::timestamptz
                and (j.concurrency_key is null or not exists (
                  select 1 from ${jobRuns} r where r.concurrency_key = j.concurrency_key and r.status = 'running'))
              order by j.run_at, j.created_at limit 1 for update skip locked)`,
          ),
        )
        .returning();
      return run ?? null;
    });
  }

  const save = (id: string, values: Partial<typeof jobRuns.$inferInsert>) =>
    db.update(jobRuns).set(values).where(eq(jobRuns.id, id));

  async function execute(run: RunRow) {
    const job = byId.get(run.functionId);
    if (!job) {
      await save(run.id, {
        status: "failed",
        error: `No function "${run.functionId}".`,
        finishedAt: now(),
      });
      return;
    }
    const steps: Record<string, unknown> = { ...run.steps };
    const remember = async (id: string, value: unknown) => {
      steps[id] = jsonOf(value);
      await save(run.id, { steps });
      return steps[id];
    };
    const step: JobStep = {
      run: async <T>(id: string, fn: () => Promise<T> | T) =>
        (id in steps ? steps[id] : await remember(id, await fn())) as T,
      sleepUntil: async (id, time) => {
        if (id in steps) return null;
        const until = new Date(time);
        if (until > now()) throw new Sleep(until);
        return remember(id, null);
      },
      sendEvent: async (id, events) =>
        id in steps
          ? steps[id]
          : remember(id, {
              queued: await enqueueEvents(
                db,
                jobs,
                Array.isArray(events) ? events : [events],
                now(),
              ),
            }),
    };
    try {
      const result = await job.handler({ event: run.event as never, step, scope });
      await save(run.id, {
        status: "completed",
        result: jsonOf(result),
        error: null,
        finishedAt: now(),
      });
    } catch (error) {
      if (error instanceof Sleep) {
        await save(run.id, { status: "sleeping", runAt: error.until, steps });
        return;
      }
      const attempt = run.attempt + 1;
      const message = error instanceof Error ? error.message : String(error);
      const retry = attempt <= job.retries;
      logger.warn(
        { err: error, functionId: job.id, runId: run.id, attempt, retry },
        "Job run failed",
      );
      await save(
        run.id,
        retry
          ? {
              status: "queued",
              attempt,
              error: message,
              runAt: new Date(now().getTime() + retryDelay(attempt)),
            }
          : { status: "failed", attempt, error: message, finishedAt: now() },
      );
    }
  }

  /** One look: queue due cron slots, then start due runs while there is room. Returns how many. */
  async function tick() {
    const at = now();
    await queueCronSlots(at);
    let started = 0;
    while (inFlight.size < concurrency) {
      const run = await claim(at);
      if (!run) break;
      const running = execute(run).finally(() => inFlight.delete(running));
      inFlight.add(running);
      started += 1;
    }
    return started;
  }

  /** Runs ticks until nothing is due or running: what tests (and shutdown) wait for. */
  async function drain() {
    for (;;) {
      const busy = inFlight.size > 0;
      const started = await tick();
      if (inFlight.size > 0) {
        await Promise.race(inFlight);
        continue;
      }
      // Done only when a look made with nothing running found nothing due: a run that held a
      // concurrency key may have finished while the look was skipping the runs waiting for it.
      if (!busy && started === 0) return;
    }
  }

  const safeTick = () => {
    ticking ??= tick()
      .then(() => undefined)
      .catch((err: unknown) =>
        logger.error({ err }, "The local job runner could not look for work"),
      )
      .finally(() => (ticking = null));
    return ticking;
  };

  return {
    /** Queues the runs these events start (and wakes the runner). */
    async send(events: readonly (ArcoEvent & { id?: string; ts?: number })[]) {
      const queued = await enqueueEvents(db, jobs, events, now());
      if (timer) void safeTick();
      return queued;
    },
    tick,
    drain,
    /**
     * Starts looking for work every `pollMs`: runs a dead process left "running" go again, and
     * each schedule's latest slot runs if nobody ran it.
     */
    async start() {
      await db
        .update(jobRuns)
        .set({ status: "queued" })
        .where(
          and(
            eq(jobRuns.status, "running"),
            lt(jobRuns.startedAt, new Date(now().getTime() - ABANDONED_AFTER_MS)),
          ),
        );
      cronsSince = now();
      await queueMissedSlots(cronsSince);
      timer = setInterval(() => void safeTick(), pollMs);
      timer.unref();
      void safeTick();
    },
    /** Stops looking for work and waits for the runs under way. */
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await ticking;
      await Promise.all(inFlight);
    },
  };
}
