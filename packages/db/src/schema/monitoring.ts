import { sql } from "drizzle-orm";
import {
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

import { at, id, timestamps } from "./columns";
import { domains } from "./domains";
import { projects } from "./projects";
import { orgId } from "./tenant";

export const monitorMethod = pgEnum("monitor_method", ["GET", "HEAD"]);
export const monitorStatus = pgEnum("monitor_status", ["up", "down", "degraded", "unknown"]);
export const uptimeCheckStatus = pgEnum("uptime_check_status", ["up", "down", "degraded"]);
export const incidentSeverity = pgEnum("incident_severity", ["low", "medium", "high", "critical"]);
export const incidentStatus = pgEnum("incident_status", [
  "investigating",
  "identified",
  "monitoring",
  "resolved",
]);
export const performanceSource = pgEnum("performance_source", ["lab", "field"]);
export const performanceGrade = pgEnum("performance_grade", ["A+", "A", "B", "C", "D", "F"]);

export const monitors = pgTable(
  "monitors",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    domainId: uuid().references(() => domains.id, { onDelete: "set null" }),
    name: text().notNull(),
    url: text().notNull(),
    method: monitorMethod().notNull().default("GET"),
    intervalSeconds: integer().notNull().default(300),
    timeoutMs: integer().notNull().default(10_000),
    expectedStatus: integer().notNull().default(200),
    isActive: boolean().notNull().default(true),
    lastStatus: monitorStatus().notNull().default("unknown"),
    lastCheckedAt: at(),
    /** The scheduler claims monitors whose time has come; a new monitor is checked at once. */
    nextCheckAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    consecutiveFailures: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index("monitors_active_next_check_at_idx").on(t.isActive, t.nextCheckAt),
    index("monitors_org_created_idx").on(t.orgId, t.createdAt),
    index("monitors_project_id_idx").on(t.projectId),
    index("monitors_domain_id_idx").on(t.domainId),
    check("monitors_interval_min", sql`${t.intervalSeconds} >= 30`),
    check(
      "monitors_timeout_range",
      sql`${t.timeoutMs} > 0 and ${t.timeoutMs} <= ${t.intervalSeconds} * 1000`,
    ),
    check("monitors_expected_status_range", sql`${t.expectedStatus} between 100 and 599`),
    check("monitors_consecutive_failures_non_negative", sql`${t.consecutiveFailures} >= 0`),
  ],
);

export const uptimeChecks = pgTable(
  "uptime_checks",
  {
    id: id(),
    orgId: orgId(),
    monitorId: uuid()
      .notNull()
      .references(() => monitors.id, { onDelete: "cascade" }),
    checkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: uptimeCheckStatus().notNull(),
    /** Null when no response arrived (DNS failure, timeout, refused connection). */
    httpStatus: integer(),
    responseTimeMs: integer(),
    error: text(),
    region: text(),
  },
  (t) => [
    index("uptime_checks_monitor_checked_at_idx").on(t.monitorId, t.checkedAt),
    index("uptime_checks_org_checked_at_idx").on(t.orgId, t.checkedAt),
    check("uptime_checks_response_time_non_negative", sql`coalesce(${t.responseTimeMs}, 0) >= 0`),
  ],
);

export const incidents = pgTable(
  "incidents",
  {
    id: id(),
    orgId: orgId(),
    monitorId: uuid().references(() => monitors.id, { onDelete: "set null" }),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text(),
    severity: incidentSeverity().notNull().default("medium"),
    status: incidentStatus().notNull().default("investigating"),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    resolvedAt: at(),
    rootCause: text(),
    resolutionNotes: text(),
    ...timestamps(),
  },
  (t) => [
    index("incidents_org_started_at_idx").on(t.orgId, t.startedAt),
    index("incidents_monitor_id_idx").on(t.monitorId),
    index("incidents_project_id_idx").on(t.projectId),
    // Lets the uptime job open an incident idempotently when a monitor goes down.
    uniqueIndex("incidents_one_open_per_monitor")
      .on(t.monitorId)
      .where(sql`${t.status} <> 'resolved'`),
    check(
      "incidents_resolved_after_started",
      sql`${t.resolvedAt} is null or ${t.resolvedAt} >= ${t.startedAt}`,
    ),
    check(
      "incidents_resolved_status_matches",
      sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null)`,
    ),
  ],
);

/** Core Web Vitals and Lighthouse scores; lab runs come from scheduled audits, field data from CrUX. */
export const performanceMetrics = pgTable(
  "performance_metrics",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    domainId: uuid().references(() => domains.id, { onDelete: "set null" }),
    url: text().notNull(),
    source: performanceSource().notNull().default("lab"),
    lcpMs: integer(),
    inpMs: integer(),
    /** Cumulative Layout Shift × 1000 (0.1 is stored as 100). */
    clsMilli: integer(),
    ttfbMs: integer(),
    fcpMs: integer(),
    performanceScore: integer(),
    accessibilityScore: integer(),
    bestPracticesScore: integer(),
    seoScore: integer(),
    grade: performanceGrade(),
    measuredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("performance_metrics_org_url_measured_at_idx").on(t.orgId, t.url, t.measuredAt),
    index("performance_metrics_project_measured_at_idx").on(t.projectId, t.measuredAt),
    index("performance_metrics_domain_id_idx").on(t.domainId),
    check(
      "performance_metrics_timings_non_negative",
      sql`coalesce(${t.lcpMs}, 0) >= 0 and coalesce(${t.inpMs}, 0) >= 0
        and coalesce(${t.clsMilli}, 0) >= 0 and coalesce(${t.ttfbMs}, 0) >= 0
        and coalesce(${t.fcpMs}, 0) >= 0`,
    ),
    check(
      "performance_metrics_scores_range",
      sql`coalesce(${t.performanceScore}, 0) between 0 and 100
        and coalesce(${t.accessibilityScore}, 0) between 0 and 100
        and coalesce(${t.bestPracticesScore}, 0) between 0 and 100
        and coalesce(${t.seoScore}, 0) between 0 and 100`,
    ),
  ],
);
