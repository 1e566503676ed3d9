import type { DbOrTx } from "@arco/db";
import { auditLogs, users } from "@arco/db/schema";
import { and, desc, eq } from "drizzle-orm";

import { afterCursor, page } from "../pagination";

/**
 * What happened in the organization, newest first, from the audit log: who did what to which
 * kind of object. The before/after values stay in the log for staff; only the fact is shown.
 */
export async function listActivity(
  db: DbOrTx,
  { orgId, cursor, limit }: { orgId: string; cursor?: string; limit: number },
) {
  const rows = await db
    .select({
      id: auditLogs.id,
      action: auditLogs.action,
      resourceType: auditLogs.resourceType,
      resourceId: auditLogs.resourceId,
      actorName: users.name,
      actorEmail: users.email,
      byStaff: users.staffRole,
      createdAt: auditLogs.createdAt,
    })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.actorUserId))
    .where(
      and(
        eq(auditLogs.orgId, orgId),
        afterCursor(cursor, { at: auditLogs.createdAt, id: auditLogs.id }, "desc"),
      ),
    )
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(limit + 1);
  const { items, nextCursor } = page(rows, limit, (row) => ({ at: row.createdAt, id: row.id }));
  return {
    items: items.map(({ actorName, actorEmail, byStaff, ...item }) => ({
      ...item,
      actor: actorName ?? actorEmail ?? null,
      byStaff: byStaff !== null,
    })),
    nextCursor,
  };
}
