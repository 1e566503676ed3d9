import type { DbOrTx } from "@arco/db";
import { plans } from "@arco/db/schema";
import { asc, eq } from "drizzle-orm";

/** The plans shown on the pricing page, in the admins' order. */
export function listPublicPlans(db: DbOrTx) {
  return db.select().from(plans).where(eq(plans.isActive, true)).orderBy(asc(plans.sortOrder));
}

export type PublicPlan = Awaited<ReturnType<typeof listPublicPlans>>[number];
