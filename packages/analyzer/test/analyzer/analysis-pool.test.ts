/**
 * The analysis pool: whole analyses on worker threads, bounded, failing loudly. The pages are
 * served from 127.0.0.1, opened to the workers' safeFetch by an allow-list entry for that port
 * only (the fetch tests' network guard patches this thread, not the workers).
 */
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { getPriority } from "node:os";
import type { Server } from "node:http";
import { threadId } from "node:worker_threads";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SafeFetchError } from "../../src/fetch/index.ts";
import type { AnalysisStage } from "../../src/report/schema.ts";
import { createAnalysisPool } from "../../src/worker/analysis-pool.ts";
import { ANALYSIS_NICENESS } from "../../src/worker/priority.ts";

const PAGE = `<!doctype html><html lang="en"><head><title>Pooled</title></head>
<body><main><h1>Pooled</h1><img src="/a.png"></main></body></html>`;

let server: Server;
let origin: string;
let allow: string[];
/** Requests for /slow wait here until the test lets them go. */
const held: (() => void)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = () => res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    if (req.url?.startsWith("/slow")) held.push(answer);
    else if (req.url === "/robots.txt") res.writeHead(404).end();
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  allow = [`127.0.0.1:${port}`];
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

/**
 * Waits for `check` to hold. Workers run at a low CPU priority, so on a busy machine they
 * may take many seconds to start: the wait is bounded by the test's own timeout, not a count.
 */
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
};

describe("the analysis pool", { timeout: 60_000 }, () => {
  it("analyzes on a worker thread, accessibility included, reporting each stage", async () => {
    const pool = createAnalysisPool({ size: 1 });
    try {
      const stages: AnalysisStage[] = [];
      const run = await pool.analyze(`${origin}/`, {
        fetch: { allow },
        onProgress: (stage) => stages.push(stage),
      });
      expect(run.threadId).not.toBe(threadId);
      expect(run.threadId).toBeGreaterThan(0);
      expect(stages).toEqual(["fetching", "analyzing", "done"]);
      expect(run.report.lighthouse["image-alt"]).toMatchObject({ verdict: "fail", engine: "axe" });
      expect(run.report.scores.categories.accessibility.score).not.toBeNull();
      expect(run.report.warnings).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it.runIf(process.platform === "linux")(
    "analyzes at a low CPU priority, leaving this thread's untouched",
    async () => {
      const pool = createAnalysisPool({ size: 1 });
      try {
        const { threadId: worker } = await pool.analyze(`${origin}/`, { fetch: { allow } });
        // Linux keeps a priority per thread: field 19 of /proc/self/task/<tid>/stat is its nice.
        const niceness = () =>
          readdirSync("/proc/self/task").map((tid) =>
            Number(
              readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16],
            ),
          );
        expect(worker).toBeGreaterThan(0);
        expect(niceness()).toContain(ANALYSIS_NICENESS);
        expect(ANALYSIS_NICENESS).toBeGreaterThan(0);
        expect(getPriority()).toBe(0);
      } finally {
        await pool.close();
      }
    },
  );

  it("rejects with the same SafeFetchError analyzeUrl would", async () => {
    const pool = createAnalysisPool({ size: 1 });
    try {
      const refused = pool.analyze("http://10.0.0.1/");
      await expect(refused).rejects.toBeInstanceOf(SafeFetchError);
      await expect(refused).rejects.toMatchObject({ code: "SSRF_BLOCKED", stage: "policy" });
    } finally {
      await pool.close();
    }
  });

  it("runs at most its size at once; the rest wait their turn", async () => {
    const pool = createAnalysisPool({ size: 2 });
    try {
      const runs = [1, 2, 3].map((n) => pool.analyze(`${origin}/slow/${n}`, { fetch: { allow } }));
      await until(() => held.length === 2);
      expect(pool.load()).toEqual({ running: 2, waiting: 1 });
      held.splice(0).forEach((answer) => answer());
      await until(() => held.length === 1);
      held.splice(0).forEach((answer) => answer());
      const threads = new Set((await Promise.all(runs)).map((run) => run.threadId));
      expect(threads.size).toBe(2);
      expect(pool.load()).toEqual({ running: 0, waiting: 0 });
    } finally {
      await pool.close();
    }
  });

  it("fails the analysis of a worker past its deadline, and serves the next one", async () => {
    const pool = createAnalysisPool({ size: 1, deadlineMs: 8_000 });
    try {
      const stuck = pool.analyze(`${origin}/slow/stuck`, { fetch: { allow } });
      await expect(stuck).rejects.toThrow("The analysis worker failed: it took longer than 8 s");
      held.splice(0).forEach((answer) => answer());
      // A fresh worker answers the next analysis. One that needs almost no CPU: the deadline
      // bounds it too, and at a low priority a busy machine leaves a page seconds to run.
      const next = pool.analyze("http://10.0.0.1/");
      await expect(next).rejects.toMatchObject({ code: "SSRF_BLOCKED" });
      expect(pool.load()).toEqual({ running: 0, waiting: 0 });
    } finally {
      await pool.close();
    }
  });
});
