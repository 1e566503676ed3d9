import type { DbOrTx } from "@arco/db";
import { organizations, plans, subscriptions } from "@arco/db/schema";
import { and, eq, gt, inArray, isNull, or } from "drizzle-orm";

import { LIVE_STATUSES } from "./live";

/**
 * Puts the organization on the plan its subscriptions say: the live one's (a failed payment
 * keeps it until the grace period ends), else Free. The one place an organization's plan
 * changes, so every limit follows at once; nothing is deleted on a downgrade — what exceeds the
 * new plan turns read-only where it is used (see `projects/access.ts`).
 */
export async function followSubscriptions(tx: DbOrTx, orgId: string, now: Date) {
  const [held] = await tx
    .select({ planId: subscriptions.planId })
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.orgId, orgId),
        inArray(subscriptions.status, LIVE_STATUSES),
        or(isNull(subscriptions.graceEndsAt), gt(subscriptions.graceEndsAt, now)),
      ),
    )
    .limit(1);
  const planId = held?.planId ?? (await freePlanId(tx));
  const [before] = await tx
    .select({ planId: organizations.planId })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!before || before.planId === planId) return { changed: false as const };
  await tx.update(organizations).set({ planId, updatedAt: now }).where(eq(organizations.id, orgId));
  return { changed: true as const, from: before.planId, to: planId };
}

async function freePlanId(db: DbOrTx) {
  const [free] = await db.select({ id: plans.id }).from(plans).where(eq(plans.tier, "free"));
  if (!free) throw new Error("The plan catalogue has no free plan.");
  return free.id;
}
