import type { StaffScope } from "../context";
import { csvStream } from "../csv";
import { listAuditLog } from "./read";
import type { AuditFilters, AuditLogRow } from "./read";
import { recordAudit } from "./record";

/** Rows read per query while an export streams: one page in memory at a time. */
const EXPORT_PAGE_SIZE = 500;

const header = [
  "created_at",
  "organization",
  "organization_id",
  "actor",
  "actor_email",
  "effective_user",
  "effective_user_email",
  "impersonation_id",
  "action",
  "resource_type",
  "resource_id",
  "before",
  "after",
  "id",
] as const;

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

const cells = (row: AuditLogRow) => [
  row.createdAt,
  row.orgName,
  row.orgId,
  row.actorName,
  row.actorEmail,
  row.effectiveName,
  row.effectiveEmail,
  row.impersonationId,
  row.action,
  row.resourceType,
  row.resourceId,
  json(row.before),
  json(row.after),
  row.id,
];

async function* everyEntry(scope: StaffScope, filters: AuditFilters) {
  let cursor: string | undefined;
  do {
    const { items, nextCursor } = await listAuditLog(scope, {
      ...filters,
      cursor,
      limit: EXPORT_PAGE_SIZE,
    });
    yield* items;
    cursor = nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The filtered audit log as CSV, newest first, read a page at a time while it streams. The
 * export itself is audited first, with its filters: who took a copy of the trail, of what.
 */
export async function exportAuditLog(scope: StaffScope, filters: AuditFilters) {
  await recordAudit(scope.db, scope.actor, {
    orgId: null,
    action: "admin.audit.export",
    resourceType: "audit_log",
    after: { filters },
  });
  return csvStream(header, everyEntry(scope, filters), cells);
}
