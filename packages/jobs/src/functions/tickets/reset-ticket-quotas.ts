import { resetDueTicketQuotas } from "@arco/services/tickets";
import { defineJob } from "../../job";

/**
 * Hourly: every organization whose monthly ticket period has ended starts the new one with its
 * full allowance. One set-based statement covers them all and a rerun changes nothing, so a
 * retried or late run is harmless (ticket creation also rolls an ended period forward itself).
 */
export const resetTicketQuotas = defineJob(
  {
    id: "reset-ticket-quotas",
    name: "Reset monthly ticket quotas",
    trigger: { cron: "0 * * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) => {
    const reset = await step.run("reset-due-quotas", () => resetDueTicketQuotas(scope));
    return { reset };
  },
);
