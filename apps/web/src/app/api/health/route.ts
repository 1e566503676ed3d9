import { getDb } from "@arco/db";
import { jobsStatus } from "@arco/jobs";
import { getHealth } from "@arco/services/system";
import type { HealthReport } from "@arco/services/system";

import { env } from "~/env";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Opening the database can fail too (a locked PGlite folder, a refused connection): report it, don't 500. */
async function checkHealth(): Promise<HealthReport> {
  try {
    return await getHealth(await getDb());
  } catch {
    return {
      status: "degraded",
      database: {
        mode: env.DATABASE_URL ? "postgres" : "embedded",
        reachable: false,
        migrations: null,
        error: "The database could not be opened.",
      },
    };
  }
}

export async function GET() {
  const report = { ...(await checkHealth()), jobs: jobsStatus() };
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
