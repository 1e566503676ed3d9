import type { DbOrTx } from "@arco/db";
import { invitations, memberships } from "@arco/db/schema";
import { and, eq, gt, isNull } from "drizzle-orm";

import type { OrgAccess } from "./access";

/** The active organization as its dashboard shows it: plan limits and team size. */
export async function organizationOverview(db: DbOrTx, { org, plan, role }: OrgAccess) {
  const [memberCount, pendingInvitations] = await Promise.all([
    db.$count(memberships, eq(memberships.orgId, org.id)),
    db.$count(invitations, pendingInvitationsOf(org.id)),
  ]);
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
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

/** Invitations that can still be accepted. */
export const pendingInvitationsOf = (orgId: string) =>
  and(
    eq(invitations.orgId, orgId),
    isNull(invitations.acceptedAt),
    isNull(invitations.declinedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, new Date()),
  );
