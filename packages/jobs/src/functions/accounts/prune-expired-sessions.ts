import { pruneExpiredSessions as prune } from "@arco/services/accounts";
import { cron } from "inngest";

import { inngest } from "../../client";

/** Daily: sessions past their 30 days are deleted (they no longer sign anyone in anyway). */
export const pruneExpiredSessions = inngest.createFunction(
  {
    id: "prune-expired-sessions",
    name: "Prune expired sessions",
    triggers: [cron("15 4 * * *")],
    retries: 3,
    concurrency: { limit: 1 },
  },
  async ({ step, db }) =>
    step.run("prune-expired-sessions", async () => ({ pruned: await prune(db) })),
);
