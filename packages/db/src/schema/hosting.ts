import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { id, timestamps } from "./columns";
import { projects } from "./projects";
import { orgId } from "./tenant";

/** What the agency hosts and deploys; plans and deploy servers say which kinds they accept. */
export const productType = pgEnum("product_type", ["static_site", "web_app"]);
export const backupFrequency = pgEnum("backup_frequency", ["hourly", "daily", "weekly"]);
export const hostingSupportLevel = pgEnum("hosting_support_level", ["email", "priority", "24_7"]);
export const hostingSubscriptionStatus = pgEnum("hosting_subscription_status", [
  "active",
  "canceled",
  "past_due",
]);

/** Managed hosting sold on top of a project, separate from the org's Arco tier (`plans`). */
export const hostingPlans = pgTable(
  "hosting_plans",
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    currency: text().notNull().default("BRL"),
    priceMonthlyCents: integer().notNull(),
    storageBytes: bigint({ mode: "number" }).notNull(),
    /** Per billing period. */
    bandwidthBytes: bigint({ mode: "number" }).notNull(),
    /** Null = unlimited. */
    maxDomains: integer(),
    backupFrequency: backupFrequency().notNull(),
    sslIncluded: boolean().notNull().default(true),
    cdnIncluded: boolean().notNull().default(false),
    databaseIncluded: boolean().notNull().default(false),
    supportLevel: hostingSupportLevel().notNull().default("email"),
    /** Uptime commitment in hundredths of a percent (9990 = 99.90%); null = no SLA. */
    slaBasisPoints: integer(),
    eligibleProducts: productType()
      .array()
      .notNull()
      .default(sql`'{}'`),
    stripePriceId: text(),
    isActive: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("hosting_plans_slug_unique").on(t.slug),
    uniqueIndex("hosting_plans_stripe_price_id_unique").on(t.stripePriceId),
    check("hosting_plans_slug_format", sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'`),
    check(
      "hosting_plans_limits_non_negative",
      sql`${t.priceMonthlyCents} >= 0 and ${t.storageBytes} >= 0 and ${t.bandwidthBytes} >= 0
        and coalesce(${t.maxDomains}, 0) >= 0`,
    ),
    check(
      "hosting_plans_sla_range",
      sql`${t.slaBasisPoints} is null or ${t.slaBasisPoints} between 0 and 10000`,
    ),
  ],
);

export const hostingSubscriptions = pgTable(
  "hosting_subscriptions",
  {
    id: id(),
    orgId: orgId(),
    /**
     * Set null keeps cancelled subscriptions as history; the service refuses to delete a project
     * whose hosting is still live (an FK cannot restrict only live rows).
     */
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    planId: uuid()
      .notNull()
      .references(() => hostingPlans.id, { onDelete: "restrict" }),
    stripeSubscriptionId: text(),
    status: hostingSubscriptionStatus().notNull(),
    currentPeriodStart: timestamp({ withTimezone: true }).notNull(),
    currentPeriodEnd: timestamp({ withTimezone: true }).notNull(),
    storageUsedBytes: bigint({ mode: "number" }).notNull().default(0),
    bandwidthUsedBytes: bigint({ mode: "number" }).notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index("hosting_subscriptions_org_id_idx").on(t.orgId),
    index("hosting_subscriptions_project_id_idx").on(t.projectId),
    index("hosting_subscriptions_plan_id_idx").on(t.planId),
    uniqueIndex("hosting_subscriptions_stripe_subscription_id_unique").on(t.stripeSubscriptionId),
    uniqueIndex("hosting_subscriptions_one_live_per_project")
      .on(t.projectId)
      .where(sql`${t.status} in ('active', 'past_due')`),
    check(
      "hosting_subscriptions_period_order",
      sql`${t.currentPeriodEnd} > ${t.currentPeriodStart}`,
    ),
    check(
      "hosting_subscriptions_usage_non_negative",
      sql`${t.storageUsedBytes} >= 0 and ${t.bandwidthUsedBytes} >= 0`,
    ),
  ],
);
