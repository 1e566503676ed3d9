import { auditLogs, invitations, memberships, organizations, plans, users } from "@arco/db/schema";
import { and, desc, eq } from "drizzle-orm";

import type { OrgScope } from "../context";
import { notFound } from "../errors";
import { pendingInvitationsOf } from "../invitations/access";
import { afterCursor, page } from "../pagination";
import { effectiveLimits } from "../plans/limits";

/** The active organization as its dashboard shows it: plan limits and team size. */
export async function organizationOverview(scope: OrgScope) {
  const { db, orgId, role } = scope;
  const [loaded] = await db
    .select({
      org: organizations,
      plan: plans,
      memberCount: db.$count(memberships, eq(memberships.orgId, orgId)),
      pendingInvitations: db.$count(invitations, pendingInvitationsOf(orgId)),
    })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, orgId));
  if (!loaded) throw notFound("Organization");
  const { org, memberCount, pendingInvitations } = loaded;
  const plan = effectiveLimits(loaded.plan, org.customLimits);
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    logoUrl: org.logoUrl,
    role,
    plan: {
      tier: plan.tier,
      name: plan.name,
      currency: plan.currency,
      maxMembers: plan.maxMembers,
      maxProjects: plan.maxProjects,
      maxDomains: plan.maxDomains,
      ticketsPerMonth: plan.ticketsPerMonth,
      storageBytes: plan.storageBytes,
    },
    memberCount,
    pendingInvitations,
  };
}

/**
 * What happened in the organization, newest first, from the audit log: who did what to which
 * kind of object. The before/after values stay in the log for staff; only the fact is shown.
 */
export async function listActivity(
  { db, orgId }: OrgScope,
  { cursor, limit }: { cursor?: string; limit: number },
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
