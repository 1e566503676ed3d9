import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { at, createdAt, id, timestamps } from "./columns";
import { organizations } from "./organizations";
import { plans } from "./plans";

export const subscriptionStatus = pgEnum("subscription_status", [
  "trialing",
  "active",
  "past_due",
  "canceled",
  "incomplete",
  "paused",
]);
export const billingInterval = pgEnum("billing_interval", ["month", "year"]);
export const creditEntryType = pgEnum("credit_entry_type", [
  "purchase",
  "grant",
  "usage",
  "refund",
  "adjustment",
  "expiry",
]);

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "restrict" }),
    status: subscriptionStatus().notNull(),
    interval: billingInterval().notNull().default("month"),
    stripeSubscriptionId: text(),
    /** The Stripe price the subscription is on; null for an offline contract set by staff. */
    stripePriceId: text(),
    currentPeriodStart: timestamp({ withTimezone: true }).notNull(),
    currentPeriodEnd: timestamp({ withTimezone: true }).notNull(),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    canceledAt: at(),
    trialEndsAt: at(),
    /** `created` of the last Stripe event applied, so out-of-order deliveries are ignored. */
    lastStripeEventAt: at(),
    /** Until then a subscription whose payment failed keeps its plan; then the free plan. */
    graceEndsAt: at(),
    /** Why staff set this plan by hand (an offline contract); null when Stripe bills it. */
    manualReason: text(),
    ...timestamps(),
  },
  (t) => [
    index("subscriptions_org_id_idx").on(t.orgId),
    index("subscriptions_plan_id_idx").on(t.planId),
    uniqueIndex("subscriptions_stripe_subscription_id_unique").on(t.stripeSubscriptionId),
    uniqueIndex("subscriptions_one_live_per_org")
      .on(t.orgId)
      .where(sql`${t.status} in ('trialing', 'active', 'past_due')`),
    check("subscriptions_period_order", sql`${t.currentPeriodEnd} > ${t.currentPeriodStart}`),
  ],
);

/**
 * Every Stripe webhook event received, by its id: an event is applied in the same transaction
 * that stores it, so a redelivery finds it here and changes nothing.
 */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: text().primaryKey(),
    type: text().notNull(),
    /** The event's own `created`, the order Stripe gives it. */
    createdAt: timestamp({ withTimezone: true }).notNull(),
    receivedAt: createdAt(),
  },
  (t) => [index("stripe_events_created_idx").on(t.createdAt)],
);

/** One credit balance per organization; never negative. */
export const creditAccounts = pgTable(
  "credit_accounts",
  {
    orgId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    balance: bigint({ mode: "number" }).notNull().default(0),
    lifetimeGranted: bigint({ mode: "number" }).notNull().default(0),
    lifetimeUsed: bigint({ mode: "number" }).notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check("credit_accounts_balance_non_negative", sql`${t.balance} >= 0`),
    check(
      "credit_accounts_lifetime_non_negative",
      sql`${t.lifetimeGranted} >= 0 and ${t.lifetimeUsed} >= 0`,
    ),
  ],
);

/** Append-only: a trigger rejects UPDATE and DELETE (see the custom migration). */
export const creditLedger = pgTable(
  "credit_ledger",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    type: creditEntryType().notNull(),
    /** Positive adds credits, negative consumes them. */
    amount: bigint({ mode: "number" }).notNull(),
    balanceAfter: bigint({ mode: "number" }).notNull(),
    idempotencyKey: text().notNull(),
    referenceType: text(),
    referenceId: text(),
    description: text(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("credit_ledger_org_idempotency_unique").on(t.orgId, t.idempotencyKey),
    index("credit_ledger_org_created_idx").on(t.orgId, t.createdAt),
    index("credit_ledger_actor_user_id_idx").on(t.actorUserId),
    check("credit_ledger_amount_non_zero", sql`${t.amount} <> 0`),
    check("credit_ledger_balance_after_non_negative", sql`${t.balanceAfter} >= 0`),
  ],
);

/** What each metered operation costs in credits, and what it costs the agency. */
export const pricing = pgTable(
  "pricing",
  {
    id: id(),
    operation: text().notNull(),
    unit: text().notNull(),
    creditsPerUnit: integer().notNull(),
    /** Provider cost in millionths of a US dollar, for margin reports. */
    costMicroUsdPerUnit: bigint({ mode: "number" }).notNull().default(0),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("pricing_operation_unique").on(t.operation),
    check("pricing_non_negative", sql`${t.creditsPerUnit} >= 0 and ${t.costMicroUsdPerUnit} >= 0`),
  ],
);

/** Credits sold once (a top-up through Checkout), priced in the plans' currency. */
export const creditPacks = pgTable(
  "credit_packs",
  {
    id: id(),
    credits: integer().notNull(),
    currency: text().notNull().default("BRL"),
    priceCents: integer().notNull(),
    /** Written by `pnpm billing:sync`; null until the pack exists on Stripe. */
    stripePriceId: text(),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("credit_packs_credits_currency_unique").on(t.credits, t.currency),
    check("credit_packs_positive", sql`${t.credits} > 0 and ${t.priceCents} > 0`),
  ],
);

/** Daily roll-up of metered usage per organization, for charts and billing. */
export const usageDaily = pgTable(
  "usage_daily",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    apiRequests: integer().notNull().default(0),
    apiErrors: integer().notNull().default(0),
    analysesRun: integer().notNull().default(0),
    aiTokensIn: bigint({ mode: "number" }).notNull().default(0),
    aiTokensOut: bigint({ mode: "number" }).notNull().default(0),
    creditsUsed: bigint({ mode: "number" }).notNull().default(0),
    emailsSent: integer().notNull().default(0),
    ticketsOpened: integer().notNull().default(0),
    /** Stored file bytes at the end of the day (or now, for today). */
    storageBytes: bigint({ mode: "number" }).notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("usage_daily_org_day_unique").on(t.orgId, t.day),
    index("usage_daily_day_idx").on(t.day),
    check(
      "usage_daily_non_negative",
      sql`${t.apiRequests} >= 0 and ${t.apiErrors} >= 0 and ${t.analysesRun} >= 0
        and ${t.aiTokensIn} >= 0 and ${t.aiTokensOut} >= 0 and ${t.creditsUsed} >= 0 and ${t.emailsSent} >= 0
        and ${t.ticketsOpened} >= 0 and ${t.storageBytes} >= 0`,
    ),
  ],
);
