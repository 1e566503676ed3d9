import { answer, exportAuditCsv } from "@arco/api";
import { sessionOf } from "@arco/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The audit log as CSV, filtered as the viewer's address says (`?clientOrgId=…&action=tickets.`),
 * for agency admins; the export itself is audited. Rows stream a page at a time.
 */
export async function GET(request: Request) {
  return answer(
    async () =>
      exportAuditCsv(
        { headers: request.headers, session: await sessionOf(request.headers) },
        new URL(request.url).searchParams,
      ),
    { what: "An audit export", headers: request.headers },
  );
}
