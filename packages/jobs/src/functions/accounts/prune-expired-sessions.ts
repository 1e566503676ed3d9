import { pruneExpiredSessions as prune } from "@arco/services/accounts";
import { defineJob } from "../../job";

/** Daily: sessions past their 30 days are deleted (they no longer sign anyone in anyway). */
export const pruneExpiredSessions = defineJob(
  {
    id: "prune-expired-sessions",
    name: "Prune expired sessions",
    trigger: { cron: "15 4 * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) =>
    step.run("prune-expired-sessions", async () => ({ pruned: await prune(scope) })),
);
