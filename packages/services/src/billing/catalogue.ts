import type { DbOrTx } from "@arco/db";
import { creditPacks, plans } from "@arco/db/schema";
import type { Stripe } from "@arco/payments";
import { asc, eq } from "drizzle-orm";

import { CREDITS_PRODUCT_ID, packLookupKey, planLookupKey, planProductId } from "./lookup-keys";
import type { Interval } from "./lookup-keys";

export type SyncAction = "created" | "updated" | "unchanged";
export interface SyncLine {
  /** What was synced: `product arco_plan_pro`, `price arco_plan_pro_month_brl`. */
  item: string;
  action: SyncAction;
}

/**
 * Makes Stripe's products and prices match the plans and credit packs, and records each price's
 * id on its row. Safe to run any number of times: products have fixed ids, prices are found by
 * lookup key, and a price whose amount changed is replaced (Stripe prices cannot be edited) by a
 * new one that takes over the key, the old one archived so existing subscribers keep it.
 */
export async function syncStripeCatalogue(db: DbOrTx, stripe: Stripe): Promise<SyncLine[]> {
  const lines: SyncLine[] = [];
  for (const plan of await db.select().from(plans).orderBy(asc(plans.sortOrder))) {
    lines.push(...(await syncPlan(db, stripe, plan)));
  }

  const packs = await db
    .select()
    .from(creditPacks)
    .where(eq(creditPacks.isActive, true))
    .orderBy(asc(creditPacks.credits));
  if (packs.length > 0) {
    lines.push(await syncProduct(stripe, { id: CREDITS_PRODUCT_ID, name: "Arco credits" }));
  }
  for (const pack of packs) {
    const price = await syncPrice(stripe, {
      product: CREDITS_PRODUCT_ID,
      lookupKey: packLookupKey(pack.credits, pack.currency),
      currency: pack.currency,
      amount: pack.priceCents,
      interval: null,
    });
    lines.push(price.line);
    await db
      .update(creditPacks)
      .set({ stripePriceId: price.id })
      .where(eq(creditPacks.id, pack.id));
  }
  return lines;
}

type Plan = typeof plans.$inferSelect;

/** A plan is sold online while it is active and has a monthly price. */
const onSale = (plan: Plan) => plan.isActive && plan.priceMonthlyCents > 0;

/**
 * One plan's part of the sync: its product, a price per interval it has, and their ids on its
 * row. A plan not on sale is left as it is (nobody can check out with it). Also what an edit of
 * the plan runs, so a changed price is a new Stripe price at once.
 */
export async function syncPlan(db: DbOrTx, stripe: Stripe, plan: Plan): Promise<SyncLine[]> {
  if (!onSale(plan)) return [];
  const lines: SyncLine[] = [];
  const product = planProductId(plan.tier);
  lines.push(
    await syncProduct(stripe, {
      id: product,
      name: `Arco ${plan.name}`,
      description: plan.description ?? undefined,
    }),
  );
  const priced: Record<Interval, number> = {
    month: plan.priceMonthlyCents,
    year: plan.priceYearlyCents,
  };
  const ids: Partial<Record<Interval, string>> = {};
  for (const interval of ["month", "year"] as const) {
    if (priced[interval] <= 0) continue;
    const price = await syncPrice(stripe, {
      product,
      lookupKey: planLookupKey(plan.tier, interval, plan.currency),
      currency: plan.currency,
      amount: priced[interval],
      interval,
    });
    ids[interval] = price.id;
    lines.push(price.line);
  }
  await db
    .update(plans)
    .set({
      stripeMonthlyPriceId: ids.month ?? null,
      stripeYearlyPriceId: ids.year ?? null,
    })
    .where(eq(plans.id, plan.id));
  return lines;
}

async function syncProduct(
  stripe: Stripe,
  wanted: { id: string; name: string; description?: string },
): Promise<SyncLine> {
  const item = `product ${wanted.id}`;
  const existing = await stripe.products.retrieve(wanted.id).catch((error: unknown) => {
    if ((error as { code?: string }).code === "resource_missing") return null;
    throw error;
  });
  if (!existing) {
    await stripe.products.create(wanted, { idempotencyKey: `product:${wanted.id}` });
    return { item, action: "created" };
  }
  const same =
    existing.active &&
    existing.name === wanted.name &&
    (existing.description ?? undefined) === wanted.description;
  if (same) return { item, action: "unchanged" };
  await stripe.products.update(wanted.id, {
    active: true,
    name: wanted.name,
    description: wanted.description ?? "",
  });
  return { item, action: "updated" };
}

async function syncPrice(
  stripe: Stripe,
  wanted: {
    product: string;
    lookupKey: string;
    currency: string;
    amount: number;
    interval: Interval | null;
  },
): Promise<{ id: string; line: SyncLine }> {
  const item = `price ${wanted.lookupKey}`;
  const currency = wanted.currency.toLowerCase();
  const {
    data: [current],
  } = await stripe.prices.list({ lookup_keys: [wanted.lookupKey], active: true, limit: 1 });
  const matches =
    current &&
    current.unit_amount === wanted.amount &&
    current.currency === currency &&
    (typeof current.product === "string" ? current.product : current.product.id) ===
      wanted.product &&
    (current.recurring?.interval ?? null) === wanted.interval;
  if (matches) return { id: current.id, line: { item, action: "unchanged" } };
  const created = await stripe.prices.create(
    {
      product: wanted.product,
      currency,
      unit_amount: wanted.amount,
      ...(wanted.interval && { recurring: { interval: wanted.interval } }),
      lookup_key: wanted.lookupKey,
      transfer_lookup_key: true,
    },
    { idempotencyKey: `price:${wanted.lookupKey}:${wanted.amount}:${current?.id ?? "new"}` },
  );
  if (current) await stripe.prices.update(current.id, { active: false });
  return { id: created.id, line: { item, action: current ? "updated" : "created" } };
}
