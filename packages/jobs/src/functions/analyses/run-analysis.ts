import { ANALYSIS_WORKERS } from "@arco/analyzer";
import { runRequestedAnalysis } from "@arco/services/analyses";

import { analysisRequested } from "../../client";
import { defineJob } from "../../job";

/**
 * Runs the analysis someone asked for, on a worker thread of the analyzer's pool: the server's
 * event loop never carries one. Not retried — a failure is the analysis's result, shown to the
 * visitor — and never twice for one analysis. The pool bounds the threads of a process; on
 * Inngest the concurrency limit bounds the runs across processes as well.
 */
export const runAnalysis = defineJob(
  {
    id: "run-analysis",
    name: "Run a requested analysis",
    trigger: { event: analysisRequested },
    retries: 0,
    idempotency: "event.data.analysisId",
    concurrency: [{ limit: ANALYSIS_WORKERS }],
  },
  async ({ event, step, scope }) =>
    step.run("analyze", () => runRequestedAnalysis(scope, { analysisId: event.data.analysisId })),
);
