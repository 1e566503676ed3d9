/**
 * On the production build (`next build`, then the server `pnpm start` runs): an analysis is a
 * job, and it runs on a worker thread of the analyzer's pool, accessibility in that thread's own
 * worker — not on the event loop answering requests, and not silently in-process.
 */
import { describe, expect, it } from "vitest";

import { e2e, sitePage, visitorHeaders } from "./browser";
import { callTrpc } from "./trpc-http";

interface Analysis {
  status: string;
  report: {
    runtime?: { threadId: number; accessibility: string | null };
    warnings: string[];
    scores: { categories: { accessibility: { score: number | null } } };
  } | null;
}

const trpc = <T>(procedure: string, input: unknown, method: "GET" | "POST") =>
  callTrpc<T>(e2e().baseUrl, procedure, input, { method, headers: visitorHeaders() });

describe("the analyzer on the built app", () => {
  it("runs an analysis on a worker thread, with accessibility in its own worker", async () => {
    const { id } = await trpc<{ id: string }>("analyses.run", { url: sitePage("worker") }, "POST");
    let analysis: Analysis;
    for (;;) {
      analysis = await trpc<Analysis>("analyses.byId", { id }, "GET");
      if (analysis.status === "done" || analysis.status === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(analysis.status).toBe("done");
    const report = analysis.report!;
    // Thread 0 is the server's main thread, where requests are answered.
    expect(report.runtime?.threadId).toBeGreaterThan(0);
    expect(report.runtime?.accessibility).toBe("worker");
    expect(report.scores.categories.accessibility.score).not.toBeNull();
    expect(report.warnings).toEqual([]);
  });
});
