import { rollUpTicketMonths as rollUp } from "@arco/services/metrics";
import { defineJob } from "../../job";

/**
 * Hourly, just past the hour (a São Paulo month ends on one): support tickets per month and
 * response time into `ticket_months`, the closed months of the admin home's ticket cards. The
 * current and previous months are recounted every run, and any month not counted since it ended,
 * so a retried or late run writes the same rows and missed ones are caught up.
 */
export const rollUpTicketMonths = defineJob(
  {
    id: "roll-up-ticket-months",
    name: "Roll up monthly support tickets",
    trigger: { cron: "5 * * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) => {
    const { months, rows } = await step.run("roll-up-ticket-months", () => rollUp(scope));
    return { months, rows };
  },
);
