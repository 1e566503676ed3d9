import { endLapsedGracePeriods as endLapsed } from "@arco/services/billing";

import { defineJob } from "../../job";

/**
 * Hourly: organizations whose failed payment was not fixed within the grace period
 * (`BILLING_GRACE_DAYS`) move to the Free plan. A rerun finds nothing more to move.
 */
export const endLapsedGracePeriods = defineJob(
  {
    id: "end-lapsed-grace-periods",
    name: "End lapsed billing grace periods",
    trigger: { cron: "20 * * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) => {
    const { moved } = await step.run("move-lapsed-to-free", () => endLapsed(scope));
    return { moved };
  },
);
