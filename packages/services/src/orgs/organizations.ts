import { memberships, orgQuotas, organizations, plans, users } from "@arco/db/schema";
import { and, eq, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { UserScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { loadMembership } from "./access";
import { at, plusMonths } from "../tickets/period";
import { DEFAULT_ORG_TIME_ZONE } from "./settings";
import { slugify, suffixed } from "./slug";

/**
 * A new organization on the free tier with `actor` as its owner, made their active one. Used by
 * sign-up (every user starts with their own organization) and by "Create organization".
 *
 * A person owns at most one free organization: each comes with fresh allowances (tickets,
 * storage, analyses), so more of them would multiply the free tier. The owner's row is locked
 * while counting, so parallel requests cannot both pass.
 */
export async function createOrganization(scope: UserScope, input: { name: string }) {
  const { db, actor } = scope;
  return db.transaction(async (tx) => {
    const [free] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.tier, "free"));
    if (!free) throw new Error("The free plan is missing: the migrations install it.");
    await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.userId)).for("update");
    const [owned] = await tx
      .select({ name: organizations.name })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(
        and(
          eq(memberships.userId, actor.userId),
          eq(memberships.role, "owner"),
          eq(organizations.planId, free.id),
        ),
      )
      .limit(1);
    if (owned) {
      throw new ServiceError(
        "QUOTA_EXCEEDED",
        `You already own a free organization (${owned.name}). Upgrade it to a paid plan to create another one.`,
      );
    }

    const base = slugify(input.name);
    let org: typeof organizations.$inferSelect | undefined;
    for (const slug of [base, suffixed(base), suffixed(base), suffixed(base)]) {
      [org] = await tx
        .insert(organizations)
        .values({ name: input.name, slug, planId: free.id })
        .onConflictDoNothing({ target: organizations.slug })
        .returning();
      if (org) break;
    }
    if (!org) throw new Error(`Could not find a free slug for "${input.name}".`);

    await tx.insert(memberships).values({ orgId: org.id, userId: actor.userId, role: "owner" });
    const now = scope.now();
    await tx.insert(orgQuotas).values({
      orgId: org.id,
      ticketPeriodStart: now,
      // One month of the organization's calendar (it starts on the default zone).
      ticketPeriodEnd: plusMonths(at(now), sql`1`, sql`${DEFAULT_ORG_TIME_ZONE}::text`),
    });
    await tx.update(users).set({ activeOrgId: org.id }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId: org.id,
      action: "orgs.create",
      resourceType: "organization",
      resourceId: org.id,
      after: { name: org.name, slug: org.slug, tier: "free" },
    });
    return org;
  });
}

/** Makes `orgId` the user's active organization; only one they belong to. */
export async function switchOrganization(scope: UserScope, { orgId }: { orgId: string }) {
  const { db, actor } = scope;
  if (!(await loadMembership(db, { userId: actor.userId, orgId }))) throw notFound("Organization");
  await db.transaction(async (tx) => {
    await tx.update(users).set({ activeOrgId: orgId }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId,
      action: "orgs.switch",
      resourceType: "user",
      resourceId: actor.userId,
    });
  });
  return { orgId };
}
