import { subscriptions } from "@arco/db/schema";
import { and, eq, isNotNull, lte } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { SystemScope } from "../context";
import { followSubscriptions } from "./plan";

/**
 * Organizations whose failed payment was not fixed within the grace period move to the Free
 * plan (the subscription stays past due on Stripe until Stripe gives up and cancels it). A
 * rerun finds nothing more to move.
 */
export async function endLapsedGracePeriods(scope: SystemScope) {
  const now = scope.now();
  const lapsed = await scope.db
    .selectDistinct({ orgId: subscriptions.orgId })
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.status, "past_due"),
        isNotNull(subscriptions.graceEndsAt),
        lte(subscriptions.graceEndsAt, now),
      ),
    );
  let moved = 0;
  for (const { orgId } of lapsed) {
    await scope.db.transaction(async (tx) => {
      const change = await followSubscriptions(tx, orgId, now);
      if (!change.changed) return;
      moved += 1;
      await recordAudit(tx, scope.actor, {
        orgId,
        action: "billing.graceEnded",
        resourceType: "organization",
        resourceId: orgId,
        before: { planId: change.from },
        after: { planId: change.to },
      });
    });
  }
  return { moved };
}
