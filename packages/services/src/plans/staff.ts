import { organizations, plans } from "@arco/db/schema";
import type { CustomLimits } from "@arco/db/schema";
import { logger } from "@arco/log";
import { and, asc, eq, getTableColumns, isNotNull } from "drizzle-orm";

import { recordAudit } from "../audit";
import { syncPlan } from "../billing";
import type { StaffScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { staffAllows } from "../roles";
import { effectiveLimits, limitsOf, ownLimits } from "./limits";
import type { LimitName } from "./limits";

const log = logger.child({ module: "plans.staff" });

type Plan = typeof plans.$inferSelect;

/** What agency admins may change on a plan: its name, limits, prices and features. */
export type PlanChanges = Partial<
  Pick<
    Plan,
    | "name"
    | "description"
    | LimitName
    | "priceMonthlyCents"
    | "priceYearlyCents"
    | "aiInsights"
    | "campaignPlatforms"
    | "whiteLabel"
    | "isActive"
  >
>;

function assertMayEditPlans({ staffRole }: StaffScope) {
  if (!staffAllows(staffRole, "editPlans")) {
    throw new ServiceError("FORBIDDEN", "Only agency admins can change plans and client limits.");
  }
}

const { createdAt: _created, updatedAt: _updated, ...planColumns } = getTableColumns(plans);

/** Every plan, on sale or not, with how many organizations are on it, for agency staff. */
export async function listPlansForStaff({ db, deps }: StaffScope) {
  const rows = await db
    .select({
      ...planColumns,
      organizations: db.$count(organizations, eq(organizations.planId, plans.id)),
      withCustomLimits: db.$count(
        organizations,
        and(eq(organizations.planId, plans.id), isNotNull(organizations.customLimits)),
      ),
    })
    .from(plans)
    .orderBy(asc(plans.sortOrder));
  return { stripeConfigured: deps.stripe !== null, plans: rows };
}

/**
 * Changes a plan for every organization on it at once: limits are read from the plan's row
 * wherever they are enforced, never copied. Audited with what changed. With Stripe configured
 * the plan's product and prices are synced after the change is saved: a new amount is a new
 * Stripe price that new checkouts use, while subscriptions keep the price they have. Without
 * Stripe the prices are what manual contracts are counted at.
 */
export async function updatePlan(
  scope: StaffScope,
  { planId, ...changes }: { planId: string } & PlanChanges,
) {
  assertMayEditPlans(scope);
  const plan = await scope.db.transaction(async (tx) => {
    const [before] = await tx.select().from(plans).where(eq(plans.id, planId)).for("update");
    if (!before) throw notFound("Plan");
    assertFreeStaysFree(before, changes);
    const [after] = await tx
      .update(plans)
      .set({ ...changes, updatedAt: scope.now() })
      .where(eq(plans.id, planId))
      .returning();
    const changed = (Object.keys(changes) as (keyof PlanChanges)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after![key]),
    );
    if (changed.length > 0) {
      await recordAudit(tx, scope.actor, {
        orgId: null,
        action: "admin.plans.update",
        resourceType: "plan",
        resourceId: planId,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after![key]])),
      });
    }
    return after!;
  });
  const stripe = scope.deps.stripe;
  if (!stripe) return { tier: plan.tier, stripe: "not-configured" as const };
  try {
    // Idempotent, and run on every save: saving again retries a sync that failed.
    await syncPlan(scope.db, stripe, plan);
  } catch (error) {
    log.warn({ err: error, planId }, "The plan was saved but Stripe was not updated");
    throw new ServiceError(
      "UNAVAILABLE",
      "The plan was saved, but Stripe could not be updated. Save it again in a moment so new checkouts use the new price.",
      { cause: error },
    );
  }
  return { tier: plan.tier, stripe: "synced" as const };
}

/** Every organization falls back to Free: it stays on offer and costs nothing. */
function assertFreeStaysFree(plan: Plan, changes: PlanChanges) {
  if (plan.tier !== "free") return;
  if ((changes.priceMonthlyCents ?? 0) > 0 || (changes.priceYearlyCents ?? 0) > 0) {
    throw new ServiceError("BAD_REQUEST", "The free plan cannot have a price.");
  }
  if (changes.isActive === false) {
    throw new ServiceError(
      "BAD_REQUEST",
      "The free plan cannot be withdrawn: organizations fall back to it.",
    );
  }
}

/** A client's limits as its plan sets them, its own (an enterprise deal's) and the result. */
export async function clientLimits({ db }: StaffScope, { clientOrgId }: { clientOrgId: string }) {
  const [row] = await db
    .select({ custom: organizations.customLimits, plan: plans })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(organizations.id, clientOrgId));
  if (!row) throw notFound("Organization");
  const planned = limitsOf(row.plan);
  return {
    tier: row.plan.tier,
    planName: row.plan.name,
    plan: planned,
    custom: row.custom ?? {},
    effective: effectiveLimits(planned, row.custom),
  };
}

/**
 * Gives a client limits of its own over its plan's (a key left out keeps the plan's; null means
 * unlimited), or clears them with `{}`. They stay through plan changes until cleared. Audited
 * with the reason; the organization's row is locked, so a creation counting against the old
 * limit finishes first.
 */
export async function setCustomLimits(
  scope: StaffScope,
  { clientOrgId, limits, reason }: { clientOrgId: string; limits: CustomLimits; reason: string },
) {
  assertMayEditPlans(scope);
  const own = ownLimits(limits);
  const stored = Object.keys(own).length > 0 ? own : null;
  return scope.db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id, customLimits: organizations.customLimits })
      .from(organizations)
      .where(eq(organizations.id, clientOrgId))
      .for("update");
    if (!org) throw notFound("Organization");
    await tx
      .update(organizations)
      .set({ customLimits: stored, updatedAt: scope.now() })
      .where(eq(organizations.id, org.id));
    await recordAudit(tx, scope.actor, {
      orgId: org.id,
      action: "admin.plans.setCustomLimits",
      resourceType: "organization",
      resourceId: org.id,
      before: { customLimits: org.customLimits },
      after: { customLimits: stored, reason },
    });
    return { customLimits: stored };
  });
}
