import { checkHealth } from "@arco/api";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

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
