/**
 * Accessibility audits: axe-core on a server-side DOM (axe-engine.mjs), and the mapping of its
 * results to Lighthouse's verdicts.
 *
 * Where the engine runs: by default in one dedicated worker thread with bounded memory. A
 * server-side DOM of an arbitrary page is the one part of an analysis whose cost the page
 * controls, so it gets its own heap limit and a deadline, and it stays off the thread that
 * serves requests. A page that exhausts the limit or the deadline loses its own accessibility
 * verdicts (the rest of the report is unaffected) and the worker is replaced. A worker that
 * can't be started at all is an error the report's warnings and the log carry: the audits never
 * move onto the calling thread unless it asks for "in-process".
 */
import { Worker } from "node:worker_threads";

import { AUDITS_BY_ID, AXE_RULES } from "../lighthouse/registry.ts";
import type { Evidence, Verdict } from "../report/schema.ts";
import { auditHtml, type AxeAudit } from "./axe-engine.mjs";
import { auditEnv } from "./env.ts";

export type AccessibilityIsolation = "worker" | "in-process";

/**
 * Heap limits (MB). A server-side DOM costs roughly 10 KB of heap per element (jsdom node,
 * cascade state, axe's virtual node), so the standard worker is sized for ordinary pages and
 * stays small; pages with more elements than LARGE_PAGE_ELEMENTS go to a second worker with a
 * larger cap that exists only while such pages are queued.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 80, maxYoungGenerationSizeMb: 4 };
export const LARGE_WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 };
export const LARGE_PAGE_ELEMENTS = 2500;
/** Deadline for one page's accessibility audits (`ANALYZER_ACCESSIBILITY_TIMEOUT_MS`, 20 s). */
export const ACCESSIBILITY_TIMEOUT_MS = auditEnv.ANALYZER_ACCESSIBILITY_TIMEOUT_MS;

export interface AxeAuditOutcome {
  verdict: Verdict;
  impact: string | null;
  /** axe-core's one-line summary, description and documentation link for the rule. */
  help?: string;
  description?: string;
  helpUrl?: string;
  items: Evidence[];
  itemCount: number;
  error?: string;
}

export interface AxeRun {
  outcomes: Map<string, AxeAuditOutcome>;
  ms: number;
  viewportEmulated: boolean;
}

export interface AccessibilityOutcome {
  run: AxeRun | null;
  engine: AccessibilityIsolation;
  /** Why the audits produced no verdicts (too large, too slow, a worker that cannot start). */
  error?: string;
}

/**
 * Lighthouse's mapping: not applicable → `na`; informative audits → `info` when axe flags
 * anything (violation or needs-review), else `na`; others → `fail` on a violation, else `pass`.
 */
export function toVerdicts(audit: AxeAudit): AxeRun {
  // axe lists a rule under violations and under needs-review when its nodes differ: the
  // violation decides (Lighthouse looks for the rule among the violations first).
  const byId = new Map<string, AxeAudit["rules"][number]>();
  for (const r of audit.rules) if (byId.get(r.id)?.status !== "violation") byId.set(r.id, r);
  const outcomes = new Map<string, AxeAuditOutcome>();
  for (const id of AXE_RULES) {
    const informative = AUDITS_BY_ID.get(id)?.informative ?? false;
    const r = byId.get(id);
    let verdict: Verdict;
    if (r?.status === "inapplicable") verdict = "na";
    else if (informative) verdict = r ? "info" : "na";
    else verdict = r?.status === "violation" ? "fail" : "pass";
    const reported = r && (r.status === "violation" || (informative && r.status === "incomplete"));
    outcomes.set(id, {
      verdict,
      impact: r?.status === "violation" ? r.impact : null,
      ...(r?.help ? { help: r.help } : {}),
      ...(r?.description ? { description: r.description } : {}),
      ...(r?.helpUrl ? { helpUrl: r.helpUrl } : {}),
      items: reported
        ? r.nodes.map((n) => ({
            kind: "element" as const,
            value: n.snippet,
            ...(n.failureSummary ? { label: n.failureSummary } : {}),
          }))
        : [],
      itemCount: reported ? r.nodeCount : 0,
      ...(r?.error ? { error: r.error } : {}),
    });
  }
  return { outcomes, ms: audit.ms, viewportEmulated: audit.viewportEmulated };
}

interface Job {
  id: number;
  html: string;
  url: string;
  resolve: (audit: AxeAudit) => void;
  reject: (error: Error) => void;
}

type WorkerMessage =
  | { ready: true }
  | { id: number; ok: true; audit: AxeAudit }
  | { id: number; ok: false; error: string };

class AccessibilityWorker {
  private readonly limits: typeof WORKER_LIMITS;
  /** Keep the thread between pages (the standard worker) or end it when idle (the large one). */
  private readonly persistent: boolean;
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(limits: typeof WORKER_LIMITS, persistent: boolean) {
    this.limits = limits;
    this.persistent = persistent;
  }

  run(html: string, url: string): Promise<AxeAudit> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, html, url, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(new URL("./axe-worker.mjs", import.meta.url), {
      resourceLimits: this.limits,
      // Plain JavaScript: no loader or transpiler is needed (or inherited) in the worker.
      execArgv: [],
      // Nothing the worker prints may interleave with the host's output (e.g. the CLI's JSON);
      // the streams are left unread (flowing streams would keep the process alive).
      stdout: true,
      stderr: true,
    });
    this.ready = false;
    worker.on("message", (msg: WorkerMessage) => {
      if ("ready" in msg) {
        this.ready = true;
        return;
      }
      const job = this.current;
      if (!job || job.id !== msg.id) return;
      this.settle();
      if (msg.ok) job.resolve(msg.audit);
      else job.reject(new Error(msg.error));
      this.pump();
    });
    worker.on("error", (error: Error & { code?: string }) => this.fail(worker, error));
    worker.on("exit", (code) => {
      if (this.worker === worker)
        this.fail(worker, new Error(`accessibility worker exited (code ${code})`));
    });
    return worker;
  }

  private fail(worker: Worker, error: Error & { code?: string }, timedOut = false) {
    if (this.worker !== worker) return;
    const startedOk = this.ready;
    this.worker = null;
    void worker.terminate();
    const outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
    const job = this.current;
    this.settle();
    if (!startedOk && !outOfMemory && !timedOut) {
      // The worker died before it was ready: nothing queued here can run either.
      this.refuseAll(job, `the accessibility worker could not start: ${error.message}`);
      return;
    }
    job?.reject(
      outOfMemory
        ? new Error("the page is too large to audit for accessibility (memory limit reached)")
        : error,
    );
    this.pump();
  }

  private refuseAll(job: Job | null, reason: string) {
    job?.reject(new Error(reason));
    for (const queued of this.queue.splice(0)) queued.reject(new Error(reason));
  }

  private settle() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
  }

  private pump() {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) {
      if (this.persistent) this.worker?.unref();
      else void this.close();
      return;
    }
    let worker: Worker;
    try {
      worker = this.worker ??= this.spawn();
    } catch (error) {
      this.refuseAll(job, `the accessibility worker could not start: ${message(error)}`);
      return;
    }
    worker.ref();
    this.current = job;
    this.timer = setTimeout(() => {
      this.fail(
        worker,
        new Error(`accessibility audits took longer than ${ACCESSIBILITY_TIMEOUT_MS / 1000} s`),
        true,
      );
    }, ACCESSIBILITY_TIMEOUT_MS);
    worker.postMessage({ id: job.id, html: job.html, url: job.url, rules: AXE_RULES });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

let standard: AccessibilityWorker | null = null;
let large: AccessibilityWorker | null = null;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const OUT_OF_MEMORY = /memory limit reached/;

/**
 * @param elementCount the page's element count from the fast parse; routes large pages to the
 * larger worker up front (a page that still exhausts the standard worker is retried there once).
 */
export async function runAccessibility(
  html: string,
  url: string,
  isolation: AccessibilityIsolation = "worker",
  elementCount = 0,
): Promise<AccessibilityOutcome> {
  if (isolation === "in-process") {
    try {
      return { run: toVerdicts(await auditHtml(html, url, AXE_RULES)), engine: "in-process" };
    } catch (error) {
      return { run: null, engine: "in-process", error: message(error) };
    }
  }
  standard ??= new AccessibilityWorker(WORKER_LIMITS, true);
  large ??= new AccessibilityWorker(LARGE_WORKER_LIMITS, false);
  let pool = elementCount > LARGE_PAGE_ELEMENTS ? large : standard;
  for (;;) {
    try {
      return { run: toVerdicts(await pool.run(html, url)), engine: "worker" };
    } catch (error) {
      if (pool === standard && OUT_OF_MEMORY.test(message(error))) {
        pool = large;
        continue;
      }
      return { run: null, engine: "worker", error: message(error) };
    }
  }
}

/** Stops the accessibility workers (tests, graceful shutdown). They restart on the next analysis. */
export async function closeAccessibilityWorker(): Promise<void> {
  const workers = [standard, large];
  standard = null;
  large = null;
  await Promise.all(workers.map((w) => w?.close()));
}
