import { plans } from "@arco/db/schema";
import { asc, eq, getTableColumns } from "drizzle-orm";

import type { PublicScope } from "../context";

// What anyone may read about a plan: its price and limits, not how billing names it.
const {
  stripeMonthlyPriceId: _monthly,
  stripeYearlyPriceId: _yearly,
  createdAt: _created,
  updatedAt: _updated,
  ...publicColumns
} = getTableColumns(plans);

/** The plans shown on the pricing page, in the admins' order. */
export function listPublicPlans({ db }: PublicScope) {
  return db
    .select(publicColumns)
    .from(plans)
    .where(eq(plans.isActive, true))
    .orderBy(asc(plans.sortOrder));
}

export type PublicPlan = Awaited<ReturnType<typeof listPublicPlans>>[number];
