import type { Database } from "@arco/db";
import { InngestTestEngine, mockCtx } from "@inngest/test";

import type { Job } from "./job";

/**
 * For tests: runs a cron job's Inngest function once, as its schedule fires it, through the
 * official test engine, with `db` as the database its scope is built on.
 */
export const runOnSchedule = (job: Pick<Job, "inngest">, db: Database) =>
  new InngestTestEngine({
    function: job.inngest,
    events: [{ name: "inngest/scheduled.timer", data: {} }],
    transformCtx: (ctx) => ({ ...mockCtx(ctx), db }),
  }).execute();
