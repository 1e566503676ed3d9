import { orgsWithDomains } from "@arco/services/domains";

import { defineJob } from "../../job";

/** Every morning: one `domains/check.due` event per organization that has domains. */
export const scheduleDomainChecks = defineJob(
  {
    id: "schedule-domain-checks",
    name: "Schedule the daily domain checks",
    trigger: { cron: "0 6 * * *" },
    retries: 3,
  },
  async ({ step, scope }) => {
    const orgIds = await step.run("find-organizations", () => orgsWithDomains(scope));
    if (orgIds.length === 0) return { scheduled: 0 };
    // The date in the id makes a retried fan-out harmless: the worker runs once per org and day.
    const day = scope.now().toISOString().slice(0, 10);
    await step.sendEvent(
      "fan-out",
      orgIds.map((orgId) => ({
        name: "domains/check.due" as const,
        data: { orgId },
        id: `domains-check-${orgId}-${day}`,
      })),
    );
    return { scheduled: orgIds.length };
  },
);
