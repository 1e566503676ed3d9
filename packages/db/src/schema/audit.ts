import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { impersonationSessions, users } from "./auth";
import { createdAt, id } from "./columns";
import { organizations } from "./organizations";

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
    // One index per filter of the audit viewer, each ending in its order (newest first).
    index("audit_logs_actor_created_idx").on(t.actorUserId, t.createdAt),
    index("audit_logs_effective_created_idx").on(t.effectiveUserId, t.createdAt),
    index("audit_logs_impersonation_created_idx").on(t.impersonationId, t.createdAt),
    index("audit_logs_action_created_idx").on(t.action, t.createdAt),
    index("audit_logs_resource_created_idx").on(t.resourceType, t.resourceId, t.createdAt),
    index("audit_logs_created_idx").on(t.createdAt, t.id),
  ],
);
