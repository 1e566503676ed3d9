import { getDb } from "@arco/db";
import type { DbHandle } from "@arco/db";
import { emailProvider } from "@arco/email";
import { jobsStatus } from "@arco/jobs";
import { getRateLimiter } from "@arco/ratelimit";
import { system } from "@arco/services";
import type { HealthReport } from "@arco/services/system";
import { getObjectStore } from "@arco/storage";

import { env } from "./env";

/**
 * Arco's health, as `/api/health` and the admin page's `system.health` both report it: the
 * database, and the parts that live outside it (rate limits, the job runner, storage, email).
 * Opening the database can fail too (a locked PGlite folder, a refused connection): that is
 * reported, never thrown.
 */
export async function checkHealth(database?: DbHandle): Promise<HealthReport> {
  const { mode, connected, message } = jobsStatus();
  const probes = {
    rateLimits: getRateLimiter(),
    jobs: { mode, connected, message },
    store: getObjectStore(),
    email: { provider: emailProvider() },
  };
  try {
    return await system.getHealth(database ?? (await getDb()), probes);
  } catch {
    return {
      status: "degraded",
      database: {
        status: "degraded",
        mode: env.DATABASE_URL ? "postgres" : "embedded",
        reachable: false,
        migrations: null,
        error: "The database could not be opened.",
      },
    };
  }
}
