import { sql } from "drizzle-orm";
import {
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { at, createdAt, id } from "./columns";
import { organizations } from "./organizations";

export const impersonationEndReason = pgEnum("impersonation_end_reason", [
  "stopped",
  "expired",
  "revoked",
]);

/** A staff member acting as a client user. Rows are never deleted: they are the audit trail. */
export const impersonationSessions = pgTable(
  "impersonation_sessions",
  {
    id: id(),
    /** Restrict: staff accounts are disabled, never deleted, so every session keeps its author. */
    staffUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** Set null: a client's right to erasure wins over naming them in old sessions. */
    targetUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    orgId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    reason: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: at(),
    endedReason: impersonationEndReason(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [
    index("impersonation_sessions_staff_started_idx").on(t.staffUserId, t.startedAt),
    index("impersonation_sessions_target_user_id_idx").on(t.targetUserId),
    index("impersonation_sessions_org_id_idx").on(t.orgId),
    // The service closes a staff member's expired session before starting another.
    uniqueIndex("impersonation_sessions_one_active_per_staff")
      .on(t.staffUserId)
      .where(sql`${t.endedAt} is null`),
    check("impersonation_sessions_reason_not_empty", sql`length(btrim(${t.reason})) > 0`),
    check(
      "impersonation_sessions_max_duration",
      sql`${t.expiresAt} > ${t.startedAt} and ${t.expiresAt} <= ${t.startedAt} + interval '60 minutes'`,
    ),
    check(
      "impersonation_sessions_end_order",
      sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`,
    ),
    check(
      "impersonation_sessions_end_reason_pair",
      sql`(${t.endedAt} is null) = (${t.endedReason} is null)`,
    ),
    check(
      "impersonation_sessions_not_self",
      sql`${t.targetUserId} is null or ${t.targetUserId} <> ${t.staffUserId}`,
    ),
  ],
);

/**
 * Who did what. `actorUserId` is the real person; `effectiveUserId` is whom the request acted as
 * (they differ only while impersonating). Actor and org links are set null on deletion so the
 * history outlives them.
 */
export const auditLogs = pgTable(
  "audit_logs",
  {
    id: id(),
    /** Null for staff and system actions outside any organization. */
    orgId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    effectiveUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    impersonationId: uuid().references(() => impersonationSessions.id, { onDelete: "set null" }),
    /** `<domain>.<verb>`, e.g. "tickets.create". */
    action: text().notNull(),
    resourceType: text().notNull(),
    resourceId: text(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
    userAgent: text(),
    requestId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_logs_org_created_idx").on(t.orgId, t.createdAt),
    index("audit_logs_actor_created_idx").on(t.actorUserId, t.createdAt),
    index("audit_logs_effective_user_id_idx").on(t.effectiveUserId),
    index("audit_logs_impersonation_id_idx").on(t.impersonationId),
    index("audit_logs_resource_idx").on(t.resourceType, t.resourceId),
    index("audit_logs_created_idx").on(t.createdAt),
  ],
);
