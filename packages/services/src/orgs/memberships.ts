import type { DbOrTx } from "@arco/db";
import { memberships, organizations, plans } from "@arco/db/schema";
import { and, asc, eq } from "drizzle-orm";

/** Every organization the user belongs to, with their role and the org's tier. */
export function listMemberships(db: DbOrTx, userId: string) {
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
