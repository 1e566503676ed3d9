import { auditLogs, impersonationSessions, memberships, users } from "@arco/db/schema";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { OrgScope, StaffScope } from "../context";
import { notFound } from "../errors";
import { loadOrg } from "../orgs/access";
import { afterCursor, page } from "../pagination";
import { staffAllows } from "../roles";

/**
 * A client's members as the "act as" picker lists them: each with whether this staff member
 * may act as them (never as staff, as an owner only with the admin role) and why not.
 */
export async function membersToImpersonate(
  scope: StaffScope,
  { clientOrgId }: { clientOrgId: string },
) {
  const client = await loadOrg(scope.db, clientOrgId);
  if (!client) throw notFound("Organization");
  const rows = await scope.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      staff: sql<boolean>`${users.staffRole} is not null`,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, clientOrgId))
    .orderBy(asc(users.name), asc(users.email));
  const mayOwners = staffAllows(scope.staffRole, "impersonateOwners");
  return rows.map((row) => ({
    ...row,
    refusal: row.staff
      ? ("staff" as const)
      : row.disabled
        ? ("disabled" as const)
        : row.role === "owner" && !mayOwners
          ? ("ownerNeedsAdmin" as const)
          : null,
  }));
}

/** What staff changed during an impersonation: its audited actions but its own start and end. */
export const changesDuringImpersonation = sql<number>`(select count(*)::int from ${auditLogs}
  where ${auditLogs.impersonationId} = ${impersonationSessions.id}
  and ${auditLogs.action} not in ('impersonation.start', 'impersonation.end'))`;

const staffUser = alias(users, "staff_user");
const targetUser = alias(users, "target_user");

/**
 * "Agency access": every time agency staff acted in this organization — who, as whom (or as
 * staff), when, why, for how long and how it ended, with how many changes they made. Newest first.
 */
export async function agencyAccessLog(
  { db, orgId }: OrgScope,
  { cursor, limit }: { cursor?: string; limit: number },
) {
  const rows = await db
    .select({
      id: impersonationSessions.id,
      staffName: staffUser.name,
      staffEmail: staffUser.email,
      targetName: targetUser.name,
      targetEmail: targetUser.email,
      /** Staff worked in the organization as staff, not as one of its members. */
      asStaff: sql<boolean>`${impersonationSessions.targetUserId} is null`,
      reason: impersonationSessions.reason,
      startedAt: impersonationSessions.startedAt,
      expiresAt: impersonationSessions.expiresAt,
      endedAt: impersonationSessions.endedAt,
      endedReason: impersonationSessions.endedReason,
      changes: changesDuringImpersonation,
    })
    .from(impersonationSessions)
    .innerJoin(staffUser, eq(staffUser.id, impersonationSessions.staffUserId))
    .leftJoin(targetUser, eq(targetUser.id, impersonationSessions.targetUserId))
    .where(
      and(
        eq(impersonationSessions.orgId, orgId),
        afterCursor(
          cursor,
          { at: impersonationSessions.startedAt, id: impersonationSessions.id },
          "desc",
        ),
      ),
    )
    .orderBy(desc(impersonationSessions.startedAt), desc(impersonationSessions.id))
    .limit(limit + 1);
  return page(rows, limit, (row) => ({ at: row.startedAt, id: row.id }));
}
