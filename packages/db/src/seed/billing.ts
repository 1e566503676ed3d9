import type { DbOrTx } from "../client";
import { creditAccounts, creditLedger, subscriptions, usageDaily } from "../schema";
import type { DemoOrg } from "./demo";
import { seedId } from "./ids";

const DAY = 24 * 3600 * 1000;
/** The demo organizations' clock (their settings leave the default zone). */
const ZONE = "America/Sao_Paulo";

type Entry = {
  type: "grant" | "purchase" | "usage" | "adjustment";
  amount: number;
  at: Date;
  key: string;
  /** What the entry's type does not say already. */
  description?: string;
  referenceType?: string;
};

/** "2026-11" on the organization's clock. */
const monthOf = (at: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit" })
    .format(at)
    .slice(0, 7);

/** Every month on the organization's clock from `from`'s through `to`'s, with a moment in each. */
function monthsBetween(from: Date, to: Date) {
  const months = new Map<string, Date>();
  for (let at = from; at <= to; at = new Date(at.getTime() + 10 * DAY)) {
    if (!months.has(monthOf(at))) months.set(monthOf(at), at);
  }
  months.set(monthOf(to), months.get(monthOf(to)) ?? to);
  return [...months];
}

const usageLines = [
  { description: "Performance audit of the home page", amount: 2 },
  { description: "AI summary of the monthly report", amount: 3 },
  { description: "Performance audit of the checkout", amount: 2 },
  { description: "PDF report for the board", amount: 1 },
];

/**
 * The billing history every page of billing shows: for paid organizations a contract set by the
 * agency (the demo has no Stripe) and, for Pro, the Basic one it replaced; for everyone the
 * monthly grants under the keys the grant job uses (so it adds none twice), a top-up, a month of
 * metered usage and its daily roll-up.
 */
export async function seedBilling(
  tx: DbOrTx,
  {
    org,
    orgId,
    planId,
    basicPlanId,
    monthlyCredits,
    createdAt,
    ticketDays,
    now,
  }: {
    org: DemoOrg;
    orgId: string;
    planId: string;
    basicPlanId: string;
    monthlyCredits: number;
    createdAt: Date;
    ticketDays: Date[];
    now: Date;
  },
) {
  const id = (name: string) => seedId(`${org.slug}:${name}`);
  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  if (org.tier === "pro") {
    const switched = new Date(now.getTime() - 45 * DAY);
    await tx
      .insert(subscriptions)
      .values({
        id: id("subscription:basic"),
        orgId,
        planId: basicPlanId,
        status: "canceled",
        currentPeriodStart: createdAt,
        currentPeriodEnd: switched,
        canceledAt: switched,
        manualReason: "Launch contract, Basic",
        createdAt,
      })
      .onConflictDoNothing();
  }
  if (org.tier !== "free") {
    await tx
      .insert(subscriptions)
      .values({
        id: id("subscription"),
        orgId,
        planId,
        status: "active",
        currentPeriodStart: periodStart,
        currentPeriodEnd: periodEnd,
        manualReason: "Annual contract signed with the agency",
        createdAt: org.tier === "pro" ? new Date(now.getTime() - 45 * DAY) : createdAt,
      })
      .onConflictDoNothing();
  }

  const entries: Entry[] = monthsBetween(createdAt, now).map(([month, at]) => ({
    type: "grant",
    amount: monthlyCredits,
    at,
    key: `monthly-grant:${month}`,
  }));
  if (org.tier !== "free") {
    entries.push({
      type: "purchase",
      amount: 500,
      at: new Date(now.getTime() - 18 * DAY),
      key: "seed:top-up",
      referenceType: "demo",
    });
  }
  for (let day = 28; day >= 1; day -= org.tier === "free" ? 7 : 3) {
    const line = usageLines[day % usageLines.length]!;
    entries.push({
      type: "usage",
      amount: -line.amount,
      at: new Date(now.getTime() - day * DAY),
      key: `seed:usage:${day}`,
      description: line.description,
      referenceType: "demo",
    });
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());

  let balance = 0;
  let granted = 0;
  let used = 0;
  const rows = entries.map((entry) => {
    balance += entry.amount;
    if (entry.amount > 0) granted += entry.amount;
    else used -= entry.amount;
    return {
      orgId,
      type: entry.type,
      amount: entry.amount,
      balanceAfter: balance,
      idempotencyKey: entry.key,
      referenceType: entry.referenceType ?? null,
      description: entry.description ?? null,
      createdAt: entry.at,
    };
  });
  const [account] = await tx
    .insert(creditAccounts)
    .values({ orgId, balance, lifetimeGranted: granted, lifetimeUsed: used })
    .onConflictDoNothing()
    .returning();
  // An account that exists already has its own history: never add to it.
  if (!account) return;
  await tx.insert(creditLedger).values(rows);

  const day = (at: Date) => at.toISOString().slice(0, 10);
  const daily = new Map<string, { creditsUsed: number; ticketsOpened: number }>();
  for (let back = 29; back >= 0; back--) {
    daily.set(day(new Date(now.getTime() - back * DAY)), { creditsUsed: 0, ticketsOpened: 0 });
  }
  for (const row of rows) {
    const slot = daily.get(day(row.createdAt));
    if (slot && row.type === "usage") slot.creditsUsed -= row.amount;
  }
  for (const at of ticketDays) {
    const slot = daily.get(day(at));
    if (slot) slot.ticketsOpened += 1;
  }
  await tx
    .insert(usageDaily)
    .values([...daily].map(([d, values]) => ({ orgId, day: d, ...values })))
    .onConflictDoNothing();
}
