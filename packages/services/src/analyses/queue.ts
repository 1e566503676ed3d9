import { availableParallelism } from "node:os";

import type { DbOrTx } from "@arco/db";
import { urlAnalyses } from "@arco/db/schema";
import { and, count, eq, inArray, lt, or, sql } from "drizzle-orm";

import { runAnalysis } from "./run";
import type { Analyze } from "./run";

/**
 * Analyses wait in a queue (status `queued`, oldest first) and at most `concurrency` run at once
 * across every server process: each one is claimed under one advisory lock, after counting the
 * running ones. A run that ends makes room for the next. Runs that never end (a process that
 * died, a page that hangs past every deadline) are failed by the sweep, which frees their place.
 */
export const ANALYSIS_CONCURRENCY = Math.max(2, availableParallelism());
/** A run still going after this long is stuck: every fetch deadline is far shorter. */
export const STUCK_AFTER_MS = 3 * 60_000;
/** Waiting this long in the queue means nothing is serving it: the visitor gets an answer. */
export const QUEUED_TOO_LONG_MS = 15 * 60_000;

const RUNNING = ["fetching", "analyzing"] as const;
/** Any number: it names the lock that serializes claims. */
const CLAIM_LOCK = 7_301_004;

/** Whether a run has been going, or waiting, longer than any run should. */
export function isStuck(
  row: { status: string; startedAt: Date | null; createdAt: Date },
  now = new Date(),
) {
  if (row.status === "queued") return now.getTime() - row.createdAt.getTime() > QUEUED_TOO_LONG_MS;
  return (
    (row.status === "fetching" || row.status === "analyzing") &&
    row.startedAt !== null &&
    now.getTime() - row.startedAt.getTime() > STUCK_AFTER_MS
  );
}

/** Fails runs stuck past their time; returns how many. */
export async function sweepStuckAnalyses(db: DbOrTx, now = new Date()) {
  const stuck = await db
    .update(urlAnalyses)
    .set({ status: "failed", errorCode: "STALLED", finishedAt: sql`now()` })
    .where(
      or(
        and(
          inArray(urlAnalyses.status, RUNNING),
          lt(urlAnalyses.startedAt, new Date(now.getTime() - STUCK_AFTER_MS)),
        ),
        and(
          eq(urlAnalyses.status, "queued"),
          lt(urlAnalyses.createdAt, new Date(now.getTime() - QUEUED_TOO_LONG_MS)),
        ),
      ),
    )
    .returning({ id: urlAnalyses.id });
  return stuck.length;
}

/** The oldest queued analysis, now running, if fewer than `concurrency` run; else null. */
async function claimNext(db: DbOrTx, concurrency: number) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`);
    const [{ running } = { running: 0 }] = await tx
      .select({ running: count() })
      .from(urlAnalyses)
      .where(inArray(urlAnalyses.status, RUNNING));
    if (running >= concurrency) return null;
    const [claimed] = await tx
      .update(urlAnalyses)
      .set({ status: "fetching", startedAt: sql`now()` })
      .where(
        eq(
          urlAnalyses.id,
          sql`(select ${urlAnalyses.id} from ${urlAnalyses} where ${urlAnalyses.status} = 'queued'
            order by ${urlAnalyses.createdAt}, ${urlAnalyses.id} limit 1 for update skip locked)`,
        ),
      )
      .returning({ id: urlAnalyses.id });
    return claimed?.id ?? null;
  });
}

export interface DispatchOptions {
  analyze: Analyze;
  /** Runs work after the caller's response; each finished run dispatches again through it. */
  defer: (task: () => Promise<unknown>) => void;
  concurrency?: number;
}

/** Starts queued analyses while there is room. */
export async function dispatchAnalyses(db: DbOrTx, options: DispatchOptions) {
  await sweepStuckAnalyses(db);
  for (;;) {
    const id = await claimNext(db, options.concurrency ?? ANALYSIS_CONCURRENCY);
    if (!id) return;
    options.defer(async () => {
      await runAnalysis(db, id, options.analyze);
      await dispatchAnalyses(db, options);
    });
  }
}

/** 1 for the next analysis to start, 2 for the one after it…; null once it left the queue. */
export async function queuePosition(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ position: count() })
    .from(urlAnalyses)
    .where(
      and(
        eq(urlAnalyses.status, "queued"),
        sql`(${urlAnalyses.createdAt}, ${urlAnalyses.id}) <= (select created_at, id from url_analyses where id = ${id} and status = 'queued')`,
      ),
    );
  return row && row.position > 0 ? row.position : null;
}
