import type { DbOrTx } from "@arco/db";
import { memberships, organizations, plans } from "@arco/db/schema";
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
 * The organization a user acts in, read fresh on every request: their active membership (or
 * their first one), or, for agency staff, the client organization they opened from /admin.
 * Null when there is none.
 */
export async function resolveOrgAccess(db: DbOrTx, user: Viewer): Promise<OrgAccess | null> {
  const mine = await membershipsOf(db, user.id);
  const member = mine.find((m) => m.orgId === user.activeOrgId);
  if (!member && user.staffRole && user.activeOrgId) {
    const opened = await loadOrg(db, user.activeOrgId);
    if (opened) return { ...opened, role: "staff" };
  }
  const active = member ?? mine[0];
  if (!active) return null;
  const loaded = await loadMembership(db, { userId: user.id, orgId: active.orgId });
  return loaded ? { org: loaded.org, plan: loaded.plan, role: loaded.membership.role } : null;
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
