/**
 * The admin area's CSV downloads (`/api/admin/<list>/export`): for agency staff who may export
 * data, with the list's filters read from the address by the list's own schema (a bad one is a
 * 400 that names it; an empty one is no filter). The service audits the export and streams it.
 */
import { ServiceError, audit, leads } from "@arco/services";
import type { StaffScope } from "@arco/services";
import type { z } from "zod";

import type { CreateContextOptions } from "./caller";
import { refusalWhileImpersonating } from "./impersonation-deny-list";
import { staffCaller } from "./route";
import { auditFiltersInput } from "./schemas/audit";
import { leadFiltersInput } from "./schemas/leads";

async function staffCsvExport<Filters extends z.ZodType>(
  opts: CreateContextOptions,
  query: URLSearchParams,
  {
    name,
    filters: schema,
    stream,
  }: {
    /** The file is `<name>-<day>.csv`. */
    name: string;
    filters: Filters;
    stream: (scope: StaffScope, filters: z.output<Filters>) => Promise<ReadableStream<Uint8Array>>;
  },
): Promise<Response> {
  const { scope } = await staffCaller(opts, "exportData");
  // Exports are on the deny-list of acting for a client (working in one as staff included).
  if (scope.actor.impersonationId) {
    throw new ServiceError("FORBIDDEN", refusalWhileImpersonating.exports);
  }
  const filters = schema.safeParse(Object.fromEntries([...query].filter(([, value]) => value)));
  if (!filters.success) {
    throw new ServiceError("BAD_REQUEST", filters.error.issues[0]!.message);
  }
  const body = await stream(scope, filters.data);
  const day = scope.now().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${day}.csv"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** The audit viewer's export (`/api/admin/audit/export`), with the viewer's filters. */
export const exportAuditCsv = (opts: CreateContextOptions, query: URLSearchParams) =>
  staffCsvExport(opts, query, {
    name: "audit",
    filters: auditFiltersInput,
    stream: audit.exportAuditLog,
  });

/** The leads console's export (`/api/admin/leads/export`), with the console's filters. */
export const exportLeadsCsv = (opts: CreateContextOptions, query: URLSearchParams) =>
  staffCsvExport(opts, query, {
    name: "leads",
    filters: leadFiltersInput,
    stream: leads.exportLeads,
  });
