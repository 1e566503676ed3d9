import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";

import { id, timestamps } from "./columns";

export const tier = pgEnum("tier", ["free", "basic", "pro", "enterprise"]);
export const aiInsightsLevel = pgEnum("ai_insights_level", ["none", "standard", "priority"]);
export const campaignPlatform = pgEnum("campaign_platform", [
  "google_ads",
  "meta_ads",
  "linkedin_ads",
  "tiktok_ads",
]);
/**
 * The tier catalogue. Limits live here (not in code) so agency admins can edit them;
 * a null limit means unlimited.
 */
export const plans = pgTable(
  "plans",
  {
    id: id(),
    tier: tier().notNull(),
    name: text().notNull(),
    description: text(),
    currency: text().notNull().default("BRL"),
    priceMonthlyCents: integer().notNull().default(0),
    priceYearlyCents: integer().notNull().default(0),
    ticketsPerMonth: integer(),
    storageBytes: bigint({ mode: "number" }),
    maxProjects: integer(),
    maxDomains: integer(),
    maxMembers: integer(),
    responseSlaHours: integer(),
    monthlyCredits: integer().notNull().default(0),
    aiInsights: aiInsightsLevel().notNull().default("none"),
    campaignPlatforms: campaignPlatform()
      .array()
      .notNull()
      .default(sql`'{}'`),
    whiteLabel: boolean().notNull().default(false),
    stripeMonthlyPriceId: text(),
    stripeYearlyPriceId: text(),
    isActive: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("plans_tier_unique").on(t.tier),
    check(
      "plans_limits_non_negative",
      sql`${t.priceMonthlyCents} >= 0 and ${t.priceYearlyCents} >= 0 and ${t.monthlyCredits} >= 0
        and coalesce(${t.ticketsPerMonth}, 0) >= 0 and coalesce(${t.storageBytes}, 0) >= 0
        and coalesce(${t.maxProjects}, 0) >= 0 and coalesce(${t.maxDomains}, 0) >= 0
        and coalesce(${t.maxMembers}, 1) >= 1 and coalesce(${t.responseSlaHours}, 1) >= 1`,
    ),
  ],
);
