import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { at, id, timestamps } from "./columns";
import { projects } from "./projects";
import { orgId } from "./tenant";

export const infrastructureHostingStatus = pgEnum("infrastructure_hosting_status", [
  "online",
  "offline",
  "maintenance",
]);
export const infrastructureBackupStatus = pgEnum("infrastructure_backup_status", [
  "ok",
  "pending",
  "failed",
]);

/** What a project runs on, as reported by the providers' APIs. One row per project. */
export const infrastructure = pgTable(
  "infrastructure",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    hostingProvider: text(),
    hostingPlan: text(),
    hostingStatus: infrastructureHostingStatus(),
    monthlyCostCents: integer(),
    currency: text().notNull().default("BRL"),
    cdnProvider: text(),
    /** Basis points (0–10000). */
    cdnCacheHitRateBps: integer(),
    databaseProvider: text(),
    databaseSizeBytes: bigint({ mode: "number" }),
    backupStatus: infrastructureBackupStatus(),
    lastBackupAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("infrastructure_project_id_unique").on(t.projectId),
    index("infrastructure_org_id_idx").on(t.orgId),
    check("infrastructure_monthly_cost_non_negative", sql`coalesce(${t.monthlyCostCents}, 0) >= 0`),
    check(
      "infrastructure_cdn_cache_hit_rate_range",
      sql`coalesce(${t.cdnCacheHitRateBps}, 0) between 0 and 10000`,
    ),
    check(
      "infrastructure_database_size_non_negative",
      sql`coalesce(${t.databaseSizeBytes}, 0) >= 0`,
    ),
  ],
);

export type GeoUsage = { country: string; requests: number; bytes: number };

/** Daily HTTP traffic per project, upserted by the usage sync. */
export const networkUsage = pgTable(
  "network_usage",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    bandwidthBytes: bigint({ mode: "number" }).notNull().default(0),
    requestsTotal: bigint({ mode: "number" }).notNull().default(0),
    requests2xx: bigint({ mode: "number" }).notNull().default(0),
    requests4xx: bigint({ mode: "number" }).notNull().default(0),
    requests5xx: bigint({ mode: "number" }).notNull().default(0),
    geoDistribution: jsonb().$type<GeoUsage[]>().notNull().default([]),
    peakAt: at(),
    peakRequestsPerSecond: integer(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("network_usage_project_day_unique").on(t.projectId, t.day),
    index("network_usage_org_day_idx").on(t.orgId, t.day),
    check(
      "network_usage_non_negative",
      sql`${t.bandwidthBytes} >= 0 and ${t.requests2xx} >= 0 and ${t.requests4xx} >= 0
        and ${t.requests5xx} >= 0 and coalesce(${t.peakRequestsPerSecond}, 0) >= 0`,
    ),
    // 1xx and 3xx responses are counted only in the total.
    check(
      "network_usage_classes_within_total",
      sql`${t.requests2xx} + ${t.requests4xx} + ${t.requests5xx} <= ${t.requestsTotal}`,
    ),
  ],
);
