/**
 * Creates or updates Stripe's products and prices from the `plans` and `credit_packs` tables, and
 * records each price's id on its row. Safe to run again after every change to a plan's price:
 * it prints what it created, updated or left unchanged.
 *
 *   STRIPE_SECRET_KEY=sk_test_… pnpm billing:sync
 */
import { getDb } from "@arco/db";
import { stripeFromEnv } from "@arco/payments";

import { syncStripeCatalogue } from "../src/billing";

const stripe = stripeFromEnv();
if (!stripe) {
  console.error("STRIPE_SECRET_KEY is not set: there is no Stripe account to sync the plans to.");
  process.exit(1);
}
const handle = await getDb();
try {
  const lines = await syncStripeCatalogue(handle.db, stripe);
  for (const { item, action } of lines) console.log(`${action.padEnd(9)} ${item}`);
  const changed = lines.filter((line) => line.action !== "unchanged").length;
  console.log(`${lines.length} items, ${changed} changed.`);
} finally {
  await handle.close();
}
