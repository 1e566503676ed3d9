/**
 * The analysis pool: a bounded set of worker threads, each running whole analyses
 * (`analysis-worker.ts`) one at a time, so a server that analyzes pages never blocks its own
 * event loop on one — not on the parse of a 5 MB page, not on axe-core. Analyses beyond the pool's
 * size wait in order for a free thread.
 *
 * A worker that fails (it cannot start, runs out of memory, passes the deadline) fails the
 * analysis it was running, loudly — there is no fallback onto the calling thread — and the next
 * analysis gets a fresh worker.
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";

import { SafeFetchError } from "../fetch/index.ts";
import type { AnalysisStage, Report } from "../report/schema.ts";
import type { FromWorker, WorkerFailure, WorkerFetchOptions } from "./messages.ts";

/** Threads that analyze at once: one core stays free for the thread serving requests. */
export const ANALYSIS_WORKERS = Math.max(1, availableParallelism() - 1);
/**
 * Longer than any analysis can take — fetch (15 s), accessibility (20 s), the rest — counted
 * from when the worker has loaded the analyzer.
 */
export const ANALYSIS_DEADLINE_MS = 60_000;
/** An analysis holds a page of at most 5 MiB and its parsed tree; accessibility has its own cap. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 };

/**
 * The entry is found by path at run time, next to this module, and loaded by Node itself from
 * the package's own files. A bundler must not see it: one that follows `new Worker(…)` copies the
 * entry without the modules it imports (or refuses a path it cannot resolve), so the constructor
 * is taken from `process.getBuiltinModule`, which bundlers leave alone.
 */
const WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "analysis-worker.ts");
const { Worker: NodeWorker } = process.getBuiltinModule("node:worker_threads");

/** A finished analysis and the worker thread that ran it (never 0, the main thread). */
export interface AnalysisRun {
  report: Report;
  threadId: number;
}

export interface PooledAnalysisOptions {
  onProgress?: (stage: AnalysisStage) => void;
  fetch?: WorkerFetchOptions;
}

export interface AnalysisPoolOptions {
  size?: number;
  deadlineMs?: number;
}

interface Job {
  id: number;
  url: string;
  options: PooledAnalysisOptions;
  resolve: (run: AnalysisRun) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker | null;
  /** Whether the worker has loaded the analyzer: the deadline counts from then. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const errorOf = (failure: WorkerFailure): Error =>
  failure.safeFetch
    ? new SafeFetchError(failure.code, failure.stage, failure.message, {
        url: failure.url,
        status: failure.status,
        detail: failure.detail,
      })
    : new Error(failure.message);

export type AnalysisPool = ReturnType<typeof createAnalysisPool>;

export function createAnalysisPool({
  size = ANALYSIS_WORKERS,
  deadlineMs = ANALYSIS_DEADLINE_MS,
}: AnalysisPoolOptions = {}) {
  const threads: Thread[] = Array.from({ length: size }, () => ({
    worker: null,
    ready: false,
    job: null,
    timer: null,
  }));
  const queue: Job[] = [];
  let nextId = 1;

  const release = (thread: Thread) => {
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    thread.job = null;
    // An idle worker does not keep the process alive.
    thread.worker?.unref();
  };

  function fail(thread: Thread, worker: Worker, error: Error) {
    if (thread.worker !== worker) return;
    thread.worker = null;
    void worker.terminate();
    const job = thread.job;
    release(thread);
    console.error(`The analysis worker failed${job ? ` on ${job.url}` : ""}: ${error.message}`);
    job?.reject(new Error(`The analysis worker failed: ${error.message}`, { cause: error }));
    pump();
  }

  function startDeadline(thread: Thread, worker: Worker) {
    thread.timer = setTimeout(
      () => fail(thread, worker, new Error(`it took longer than ${deadlineMs / 1000} s`)),
      deadlineMs,
    );
  }

  function spawn(thread: Thread) {
    const worker = new NodeWorker(WORKER_FILE, { execArgv: [], resourceLimits: WORKER_LIMITS });
    thread.ready = false;
    worker.on("message", (message: FromWorker) => {
      const job = thread.job;
      if (message.kind === "ready") {
        thread.ready = true;
        if (job) startDeadline(thread, worker);
        return;
      }
      if (!job || job.id !== message.id) return;
      if (message.kind === "progress") return job.options.onProgress?.(message.stage);
      release(thread);
      if (message.kind === "done")
        job.resolve({ report: message.report, threadId: message.threadId });
      else job.reject(errorOf(message.error));
      pump();
    });
    worker.on("error", (error) => fail(thread, worker, error));
    worker.on("exit", (code) => fail(thread, worker, new Error(`it exited (code ${code})`)));
    return worker;
  }

  function pump() {
    for (const thread of threads) {
      if (thread.job) continue;
      const job = queue.shift();
      if (!job) return;
      const worker = (thread.worker ??= spawn(thread));
      worker.ref();
      thread.job = job;
      if (thread.ready) startDeadline(thread, worker);
      worker.postMessage({ id: job.id, url: job.url, fetch: job.options.fetch ?? {} });
    }
  }

  return {
    /** Analyzes `url` on a worker thread; rejects like `analyzeUrl` (SafeFetchError…). */
    analyze(url: string, options: PooledAnalysisOptions = {}): Promise<AnalysisRun> {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, url, options, resolve, reject });
        pump();
      });
    },
    /** Analyses running now and waiting for a thread. */
    load: () => ({ running: threads.filter((t) => t.job).length, waiting: queue.length }),
    /** Ends every worker; queued analyses are refused. The pool starts workers again on demand. */
    async close() {
      for (const job of queue.splice(0)) job.reject(new Error("The analysis pool was closed."));
      await Promise.all(
        threads.map(async (thread) => {
          const worker = thread.worker;
          thread.worker = null;
          thread.job?.reject(new Error("The analysis pool was closed."));
          release(thread);
          await worker?.terminate();
        }),
      );
    },
  };
}

let shared: AnalysisPool | null = null;

/** `analyzeUrl` on the process's analysis pool (created on first use). */
export function analyzeInWorker(url: string, options: PooledAnalysisOptions = {}) {
  shared ??= createAnalysisPool();
  return shared.analyze(url, options);
}

/** Ends the process's analysis pool (graceful shutdown, tests). */
export async function closeAnalysisPool() {
  const pool = shared;
  shared = null;
  await pool?.close();
}
