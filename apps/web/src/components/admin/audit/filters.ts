/**
 * The audit viewer's state lives in its address (`/admin/audit?clientOrgId=…&action=tickets.`),
 * so a filtered view can be bookmarked, shared and exported as it is. The parameters are the
 * list's own input fields; the server page and the client read them with the same function, so
 * the page prefetched is the one the client asks for.
 */
import { auditFiltersInput } from "@arco/api/schemas/audit";
import type { Route } from "next";

export const AUDIT_PAGE_SIZE = 50;

export const FILTER_KEYS = [
  "clientOrgId",
  "actorUserId",
  "effectiveUserId",
  "action",
  "resourceType",
  "resourceId",
  "from",
  "to",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Partial<Record<FilterKey, string>>;

/** Which list the page shows, and the session opened in the sessions tab. */
export interface AuditView {
  tab: "entries" | "sessions";
  session: string | null;
  filters: FilterValues;
  /** The messages of the parameters that were not valid, which the view leaves out. */
  rejected: string[];
}

type Params = Pick<URLSearchParams, "get">;

export function readView(params: Params): AuditView {
  const filters: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  // A parameter typed by hand can be wrong: it is left out (and said), the rest still applies.
  // Each issue names the parameter at fault.
  const rejected: string[] = [];
  for (let parsed = auditFiltersInput.safeParse(filters); !parsed.success;) {
    const issue = parsed.error.issues[0]!;
    rejected.push(issue.message);
    delete filters[issue.path[0] as FilterKey];
    parsed = auditFiltersInput.safeParse(filters);
  }
  const session = params.get("session");
  return {
    tab: params.get("tab") === "sessions" || session ? "sessions" : "entries",
    session: session && /^[0-9a-f-]{36}$/i.test(session) ? session : null,
    filters,
    rejected,
  };
}

/** The address of a view of the audit page. */
export function viewHref({
  tab,
  session,
  filters,
}: Pick<AuditView, "tab" | "filters"> & { session?: string | null }): Route {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
  if (tab === "sessions") query.set("tab", "sessions");
  if (session) query.set("session", session);
  const search = query.toString();
  return (search ? `/admin/audit?${search}` : "/admin/audit") as Route;
}

/** The session a row links to. */
export const sessionHref = (session: string) => viewHref({ tab: "sessions", session, filters: {} });

/** The filtered entries as a CSV download. */
export const exportHref = (filters: FilterValues) =>
  `/api/admin/audit/export?${new URLSearchParams(filters as Record<string, string>)}`;

/** The entries of a view, or of one impersonation session. */
export const entriesInput = (filters: FilterValues & { impersonationId?: string }) => ({
  ...filters,
  limit: AUDIT_PAGE_SIZE,
});

/** The sessions tab reads the same people and days: who acted (staff) as whom (the client). */
export const sessionsInput = (filters: FilterValues) => ({
  clientOrgId: filters.clientOrgId,
  staffUserId: filters.actorUserId,
  targetUserId: filters.effectiveUserId,
  from: filters.from,
  to: filters.to,
  limit: AUDIT_PAGE_SIZE,
});
