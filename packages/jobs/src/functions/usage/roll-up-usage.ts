import { rollUpUsage as rollUp } from "@arco/services/usage";
import { defineJob } from "../../job";

/**
 * Hourly: each organization's metered usage per day (analyses, tickets, credits, emails, storage)
 * into `usage_daily`, from the last day rolled up through today. Counts are recomputed from their
 * sources, so a retried or late run writes the same rows; a missed one is caught up.
 */
export const rollUpUsage = defineJob(
  {
    id: "roll-up-usage",
    name: "Roll up daily usage",
    trigger: { cron: "10 * * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) => {
    const { rows, orgs } = await step.run("roll-up-usage", () => rollUp(scope));
    return { rows, orgs };
  },
);
