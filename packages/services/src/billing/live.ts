import type { DbOrTx } from "@arco/db";
import { subscriptions } from "@arco/db/schema";
import { and, desc, eq, inArray } from "drizzle-orm";

/** The statuses in which a subscription holds the organization's plan. */
export const LIVE_STATUSES = ["trialing", "active", "past_due"] as const;

/** The organization's live subscription (at most one, by a unique index), or null. */
export async function liveSubscription(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.orgId, orgId), inArray(subscriptions.status, LIVE_STATUSES)))
    .orderBy(desc(subscriptions.createdAt))
    .limit(1);
  return row ?? null;
}
