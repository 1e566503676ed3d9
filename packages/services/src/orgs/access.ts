import type { DbOrTx } from "@arco/db";
import { memberships, organizations, plans } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import { effectiveLimits } from "../plans/limits";
import type { OrgRole } from "../roles";

export interface OrgAccess {
  org: typeof organizations.$inferSelect;
  plan: typeof plans.$inferSelect;
  role: OrgRole;
}

interface Viewer {
  id: string;
  activeOrgId: string | null;
}

export async function loadOrg(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select({ org: organizations, plan: plans })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, orgId));
  return row ?? null;
}

/**
 * What a user row must be read with to know the organization they act in: their memberships,
 * with each organization and plan. One statement.
 */
export const withOrgs = {
  memberships: { columns: { role: true }, with: { org: { with: { plan: true } } } },
} as const;

type OrgWithPlan = typeof organizations.$inferSelect & { plan: typeof plans.$inferSelect };

export interface ViewerWithOrgs extends Viewer {
  memberships: { role: OrgRole; org: OrgWithPlan }[];
}

/** The organization with its plan's limits as it has them (an enterprise deal's own win). */
export const accessTo = ({ plan, ...org }: OrgWithPlan, role: OrgRole): OrgAccess => ({
  org,
  plan: effectiveLimits(plan, org.customLimits),
  role,
});

/**
 * The organization a user acts in: their active membership, or their first one by name. Null
 * when there is none. (Agency staff work in a client's organization through an impersonation,
 * see `impersonation/request.ts`.)
 */
export function accessOf(user: ViewerWithOrgs): OrgAccess | null {
  const member = user.memberships.find((m) => m.org.id === user.activeOrgId);
  if (member) return accessTo(member.org, member.role);
  const [first] = byName(user.memberships);
  return first ? accessTo(first.org, first.role) : null;
}

const byName = <M extends { org: { name: string } }>(memberships: M[]) =>
  [...memberships].sort((a, b) => a.org.name.localeCompare(b.org.name));

/** Every organization the user belongs to, by name, with their role and the org's tier. */
export const membershipsOf = (user: ViewerWithOrgs) =>
  byName(user.memberships).map(({ role, org }) => ({
    orgId: org.id,
    name: org.name,
    slug: org.slug,
    role,
    tier: org.plan.tier,
  }));

/**
 * The user's membership of one organization, with the organization and its plan, read fresh on
 * every request: a removed member or a changed role takes effect at once. Null when the user is
 * not a member, which callers report as "not found".
 */
export async function loadMembership(
  db: DbOrTx,
  { userId, orgId }: { userId: string; orgId: string },
) {
  const [row] = await db
    .select({ membership: memberships, org: organizations, plan: plans })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  return row ?? null;
}

export type LoadedMembership = NonNullable<Awaited<ReturnType<typeof loadMembership>>>;
