/**
 * An analysis on the job path, as on a fresh clone (no Inngest): the API's `startAnalysis`
 * sends `analysis/requested`, the local runner runs `run-analysis`, and the analyzer's worker
 * pool — the real one — fetches a page this test serves on 127.0.0.1 (opened to the workers by
 * ANALYZER_FETCH_ALLOW, which they read when they start).
 */
import { createServer } from "node:http";
import type { Server } from "node:http";
import { threadId } from "node:worker_threads";

import { closeAnalyzerWorkers } from "@arco/analyzer";
import { jobRuns, urlAnalyses } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { startAnalysis } from "@arco/services/analyses";
import { publicScope } from "@arco/services/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createLocalRunner } from "../../local-runner";
import type { ArcoEvent } from "../../client";
import { runAnalysis } from "./run-analysis";

const testDb = useTestDb();
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/robots.txt") return res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(
        '<!doctype html><html lang="en"><head><title>Bakery</title></head><body><main><h1>Bread</h1><img src="/loaf.jpg"></main></body></html>',
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  // Copied into the analyzer's workers when they start.
  vi.stubEnv("ANALYZER_FETCH_ALLOW", `127.0.0.1:${port}`);
});

afterAll(async () => {
  await closeAnalyzerWorkers();
  await new Promise((resolve) => server.close(resolve));
});

/**
 * A real analysis on a low-priority thread: on a busy machine it may take as long as the pool's
 * deadline (60 s from the worker's start) allows, so this test waits longer than that.
 */
const ANALYSIS_TEST_TIMEOUT_MS = 150_000;

describe("run-analysis", () => {
  it(
    "runs a requested analysis under the local runner, on a worker thread",
    { timeout: ANALYSIS_TEST_TIMEOUT_MS },
    async () => {
      const { db } = testDb();
      const runner = createLocalRunner({ db, jobs: [runAnalysis] });
      const emit = async (event: ArcoEvent) => {
        await runner.send([event]);
        return { sent: true };
      };
      const { id } = await startAnalysis(publicScope(db, { emit }), {
        url: `${origin}/`,
        ipHash: null,
      });
      await runner.drain();

      const [run] = await db.select().from(jobRuns).where(eq(jobRuns.functionId, "run-analysis"));
      expect(run).toMatchObject({ status: "completed", idempotencyKey: id });
      const result = run!.result as { status: string; threadId: number };
      expect(result.status).toBe("done");
      expect(result.threadId).toBeGreaterThan(0);
      expect(result.threadId).not.toBe(threadId);

      const [row] = await db.select().from(urlAnalyses).where(eq(urlAnalyses.id, id));
      expect(row).toMatchObject({ status: "done", errorCode: null });
      expect(row!.accessibilityScore).not.toBeNull();
      expect((row!.report as { warnings: string[] }).warnings).toEqual([]);

      // The same event again starts nothing: one run per analysis.
      expect(await runner.send([{ name: "analysis/requested", data: { analysisId: id } }])).toBe(0);
    },
  );
});
