import type { DbOrTx } from "@arco/db";
import { memberships, organizations, plans, users } from "@arco/db/schema";
import { and, asc, eq } from "drizzle-orm";

import type { UserScope } from "../context";
import type { OrgRole, StaffRole } from "../roles";

export interface OrgAccess {
  org: typeof organizations.$inferSelect;
  plan: typeof plans.$inferSelect;
  role: OrgRole;
}

interface Viewer {
  id: string;
  activeOrgId: string | null;
  staffRole: StaffRole | null;
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
 * What a user row must be read with to know the organization they act in: their memberships
 * (with each organization and plan) and the organization they last opened. One statement.
 */
export const withOrgs = {
  memberships: { columns: { role: true }, with: { org: { with: { plan: true } } } },
  activeOrg: { with: { plan: true } },
} as const;

type OrgWithPlan = typeof organizations.$inferSelect & { plan: typeof plans.$inferSelect };

export interface ViewerWithOrgs extends Viewer {
  memberships: { role: OrgRole; org: OrgWithPlan }[];
  activeOrg: OrgWithPlan | null;
}

const accessTo = ({ plan, ...org }: OrgWithPlan, role: OrgRole): OrgAccess => ({ org, plan, role });

/**
 * The organization a user acts in: their active membership (or their first one, by name), or,
 * for agency staff, the client organization they opened from /admin (role "staff"). Null when
 * there is none.
 */
export function accessOf(user: ViewerWithOrgs): OrgAccess | null {
  const member = user.memberships.find((m) => m.org.id === user.activeOrgId);
  if (member) return accessTo(member.org, member.role);
  if (user.staffRole && user.activeOrg) return accessTo(user.activeOrg, "staff");
  const [first] = [...user.memberships].sort((a, b) => a.org.name.localeCompare(b.org.name));
  return first ? accessTo(first.org, first.role) : null;
}

/** `accessOf` read fresh, for a user the request did not resolve with its organizations. */
export async function resolveOrgAccess(db: DbOrTx, user: Viewer): Promise<OrgAccess | null> {
  const row = await db.query.users.findFirst({
    columns: { id: true, activeOrgId: true, staffRole: true },
    where: eq(users.id, user.id),
    with: withOrgs,
  });
  return row ? accessOf(row) : null;
}

/** Every organization the user belongs to, with their role and the org's tier. */
export function listMemberships({ db, actor }: UserScope) {
  return membershipsOf(db, actor.userId);
}

function membershipsOf(db: DbOrTx, userId: string) {
  return db
    .select({
      orgId: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      role: memberships.role,
      tier: plans.tier,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
}

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
