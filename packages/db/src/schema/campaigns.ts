import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { at, id, timestamps } from "./columns";
import { campaignPlatform } from "./plans";
import { projects } from "./projects";
import { orgId } from "./tenant";

export const campaignStatus = pgEnum("campaign_status", ["active", "paused", "ended", "draft"]);

export const campaigns = pgTable(
  "campaigns",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    name: text().notNull(),
    platform: campaignPlatform().notNull(),
    /** The campaign's id on the ad platform; null until linked. */
    externalId: text(),
    status: campaignStatus().notNull().default("draft"),
    budgetTotalCents: integer(),
    budgetDailyCents: integer(),
    spentCents: integer().notNull().default(0),
    currency: text().notNull().default("BRL"),
    startDate: date({ mode: "string" }),
    endDate: date({ mode: "string" }),
    lastSyncedAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("campaigns_org_platform_external_id_unique").on(t.orgId, t.platform, t.externalId),
    index("campaigns_org_status_created_idx").on(t.orgId, t.status, t.createdAt),
    index("campaigns_project_id_idx").on(t.projectId),
    check(
      "campaigns_amounts_non_negative",
      sql`coalesce(${t.budgetTotalCents}, 0) >= 0 and coalesce(${t.budgetDailyCents}, 0) >= 0
        and ${t.spentCents} >= 0`,
    ),
    check(
      "campaigns_dates_order",
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
  ],
);

/** One row per campaign and day, upserted by the platform sync. */
export const campaignMetrics = pgTable(
  "campaign_metrics",
  {
    id: id(),
    orgId: orgId(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    impressions: integer().notNull().default(0),
    clicks: integer().notNull().default(0),
    conversions: integer().notNull().default(0),
    costCents: integer().notNull().default(0),
    /** Null when the platform does not track conversion value. */
    revenueCents: integer(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("campaign_metrics_campaign_day_unique").on(t.campaignId, t.day),
    index("campaign_metrics_org_day_idx").on(t.orgId, t.day),
    check(
      "campaign_metrics_non_negative",
      sql`${t.impressions} >= 0 and ${t.clicks} >= 0 and ${t.conversions} >= 0
        and ${t.costCents} >= 0 and coalesce(${t.revenueCents}, 0) >= 0`,
    ),
  ],
);
