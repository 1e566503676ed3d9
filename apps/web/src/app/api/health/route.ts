import { getDb } from "@arco/db";
import { emailProvider } from "@arco/email";
import { jobsStatus } from "@arco/jobs";
import { getRateLimiter } from "@arco/ratelimit";
import { getHealth } from "@arco/services/system";
import type { HealthProbes, HealthReport } from "@arco/services/system";
import { getObjectStore } from "@arco/storage";

import { env } from "~/env";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The parts that live outside the database: each is looked at, never configured, here. */
function probes(): HealthProbes {
  const { mode, connected, message } = jobsStatus();
  return {
    rateLimits: getRateLimiter(),
    jobs: { mode, connected, message },
    store: getObjectStore(),
    email: { provider: emailProvider() },
  };
}

/** Opening the database can fail too (a locked PGlite folder, a refused connection): report it, don't 500. */
async function checkHealth(): Promise<HealthReport> {
  try {
    return await getHealth(await getDb(), probes());
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

/**
 * Arco's health: 200 when every part is ok or off, 503 when one is degraded. Per part: the
 * database (mode, reachable, migrations), Redis for rate limits (when configured), the job
 * runner (which, last local run), file storage (which, reachable) and email (which provider).
 */
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
