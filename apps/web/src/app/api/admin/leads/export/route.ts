import { answer, exportLeadsCsv } from "@arco/api";
import { sessionOf } from "@arco/auth";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The leads console's "Export CSV": the filtered leads (the page's own query parameters), for
 * agency admins; `exportLeadsCsv` checks who asks, reads the filters and audits the export.
 */
export async function GET(request: Request) {
  return answer(
    async () =>
      exportLeadsCsv(
        { headers: request.headers, session: await sessionOf(request.headers) },
        new URL(request.url).searchParams,
      ),
    { what: "A leads export", headers: request.headers },
  );
}
