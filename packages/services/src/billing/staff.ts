import { organizations, plans, subscriptions } from "@arco/db/schema";
import { and, eq, inArray } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { StaffScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { creditBalance } from "../credits";
import { inClientOrg } from "../orgs";
import { LIVE_STATUSES } from "./live";
import { billingState } from "./read";
import { followSubscriptions } from "./plan";

type Tier = (typeof plans.$inferSelect)["tier"];

/** An offline contract runs a year unless staff change it sooner. */
const CONTRACT_DAYS = 365;

/**
 * Agency admins put a client on a plan by hand — an offline contract, or any installation
 * without Stripe — with the reason on record. Choosing Free ends the contract. A subscription
 * Stripe bills is changed by the client in the Customer Portal, never here.
 */
export async function setPlanByHand(
  scope: StaffScope,
  { clientOrgId, tier, reason }: { clientOrgId: string; tier: Tier; reason: string },
) {
  if (scope.staffRole !== "admin") {
    throw new ServiceError("FORBIDDEN", "Only agency admins can set a client's plan.");
  }
  const now = scope.now();
  return scope.db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id, planId: organizations.planId })
      .from(organizations)
      .where(eq(organizations.id, clientOrgId))
      .for("update");
    if (!org) throw notFound("Organization");
    const [plan] = await tx.select().from(plans).where(eq(plans.tier, tier));
    if (!plan) throw notFound("Plan");
    const [live] = await tx
      .select()
      .from(subscriptions)
      .where(and(eq(subscriptions.orgId, org.id), inArray(subscriptions.status, LIVE_STATUSES)));
    if (live?.stripeSubscriptionId) {
      throw new ServiceError(
        "CONFLICT",
        "This client pays through Stripe. They change the plan in the billing page, or cancel there first.",
      );
    }
    if (live) {
      await tx
        .update(subscriptions)
        .set({ status: "canceled", canceledAt: now })
        .where(eq(subscriptions.id, live.id));
    }
    if (tier !== "free") {
      await tx.insert(subscriptions).values({
        orgId: org.id,
        planId: plan.id,
        status: "active",
        currentPeriodStart: now,
        currentPeriodEnd: new Date(now.getTime() + CONTRACT_DAYS * 86_400_000),
        manualReason: reason,
      });
    }
    const moved = await followSubscriptions(tx, org.id, now);
    await recordAudit(tx, scope.actor, {
      orgId: org.id,
      action: "admin.billing.setPlan",
      resourceType: "organization",
      resourceId: org.id,
      before: { planId: org.planId },
      after: { planId: moved.changed ? moved.to : org.planId, tier, reason },
    });
    return { tier, changed: moved.changed };
  });
}

/** A client's plan, subscriptions and credit balance, for agency staff (NOT_FOUND for none). */
export async function clientBilling(scope: StaffScope, { clientOrgId }: { clientOrgId: string }) {
  const client = await inClientOrg(scope, clientOrgId);
  const [state, balance] = await Promise.all([
    billingState(client, client.orgId),
    creditBalance(client),
  ]);
  return { ...state, balance };
}
