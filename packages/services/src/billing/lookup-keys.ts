import { tier as tiers } from "@arco/db/schema";
import type { plans } from "@arco/db/schema";

type Tier = (typeof plans.$inferSelect)["tier"];
export type Interval = "month" | "year";

/**
 * Stripe prices are found by lookup key, never by an id written in code: the sync script
 * creates them under these keys and records their ids on the plans and packs.
 */
export const planLookupKey = (tier: Tier, interval: Interval, currency: string) =>
  `arco_plan_${tier}_${interval}_${currency.toLowerCase()}`;

export const packLookupKey = (credits: number, currency: string) =>
  `arco_credits_${credits}_${currency.toLowerCase()}`;

/** Products carry fixed ids, so a second sync finds the first one's. */
export const planProductId = (tier: Tier) => `arco_plan_${tier}`;

/** The tier a product stands for, read back from its fixed id (undefined for any other). */
export const tierOfProduct = (productId: string) =>
  tiers.enumValues.find((tier) => planProductId(tier) === productId);
export const CREDITS_PRODUCT_ID = "arco_credits";
