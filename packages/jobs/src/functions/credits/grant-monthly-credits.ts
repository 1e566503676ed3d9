import { grantMonthlyCredits as grantMonthly } from "@arco/services/credits";
import { defineJob } from "../../job";

/**
 * Daily at 03:15 UTC: every organization whose plan includes monthly credits gets them for each
 * calendar month (on its own clock) not granted yet — a missed run is caught up by the next. One
 * set-based statement with a key per month, so a retried, repeated or hourly run grants nothing
 * twice.
 */
export const grantMonthlyCredits = defineJob(
  {
    id: "grant-monthly-credits",
    name: "Grant the plans' monthly credits",
    trigger: { cron: "15 3 * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) => {
    const { granted } = await step.run("grant-monthly-credits", () => grantMonthly(scope));
    return { granted };
  },
);
