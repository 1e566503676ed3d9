import { sweepStuckAnalyses as sweep } from "@arco/services/analyses";
import { defineJob } from "../../job";

/**
 * Every five minutes: analyses stuck past their time (their process died mid-run) are failed,
 * so their visitors get an answer and their places in the queue are freed.
 */
export const sweepStuckAnalyses = defineJob(
  {
    id: "sweep-stuck-analyses",
    name: "Sweep stuck analyses",
    trigger: { cron: "*/5 * * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) =>
    step.run("sweep-stuck-analyses", async () => ({ failed: await sweep(scope) })),
);
