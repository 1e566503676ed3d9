import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { at, createdAt, id, timestamps } from "./columns";
import { organizations } from "./organizations";

/** A run moves queued → fetching → analyzing → done (or failed); the page shows each step. */
export const analysisStatus = pgEnum("analysis_status", [
  "queued",
  "fetching",
  "analyzing",
  "done",
  "failed",
]);
export const nurtureStatus = pgEnum("nurture_status", ["active", "cancelled", "completed"]);

/** Results of the free URL analyzer; anonymous runs have neither a user nor an organization. */
export const urlAnalyses = pgTable(
  "url_analyses",
  {
    id: id(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    orgId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    url: text().notNull(),
    /** Lower-cased host, no fragment or tracking parameters: the key for caching and history. */
    normalizedUrl: text().notNull(),
    status: analysisStatus().notNull().default("queued"),
    errorCode: text(),
    score: integer(),
    performanceScore: integer(),
    accessibilityScore: integer(),
    bestPracticesScore: integer(),
    seoScore: integer(),
    securityScore: integer(),
    report: jsonb().$type<Record<string, unknown>>(),
    /** Keyed hash of the requester's IP: attributes abuse without storing the address. */
    ipHash: text(),
    /** Unguessable token for the public read-only report link; null until shared. */
    shareToken: text(),
    durationMs: integer(),
    createdAt: createdAt(),
    /** When it left the queue: runs that started long ago and never finished are swept. */
    startedAt: at(),
    finishedAt: at(),
  },
  (t) => [
    index("url_analyses_user_created_idx").on(t.userId, t.createdAt),
    index("url_analyses_org_created_idx").on(t.orgId, t.createdAt),
    index("url_analyses_normalized_url_created_idx").on(t.normalizedUrl, t.createdAt),
    index("url_analyses_ip_hash_created_idx").on(t.ipHash, t.createdAt),
    index("url_analyses_pending_created_idx")
      .on(t.createdAt)
      .where(sql`${t.status} in ('queued', 'fetching', 'analyzing')`),
    index("url_analyses_running_started_idx")
      .on(t.startedAt)
      .where(sql`${t.status} in ('fetching', 'analyzing')`),
    uniqueIndex("url_analyses_share_token_unique").on(t.shareToken),
    check(
      "url_analyses_scores_range",
      sql`coalesce(${t.score}, 0) between 0 and 100
        and coalesce(${t.performanceScore}, 0) between 0 and 100
        and coalesce(${t.accessibilityScore}, 0) between 0 and 100
        and coalesce(${t.bestPracticesScore}, 0) between 0 and 100
        and coalesce(${t.seoScore}, 0) between 0 and 100
        and coalesce(${t.securityScore}, 0) between 0 and 100`,
    ),
    check("url_analyses_duration_non_negative", sql`coalesce(${t.durationMs}, 0) >= 0`),
    check(
      "url_analyses_finished_after_created",
      sql`${t.finishedAt} is null or ${t.finishedAt} >= ${t.createdAt}`,
    ),
  ],
);

export const leads = pgTable(
  "leads",
  {
    id: id(),
    email: text().notNull(),
    name: text(),
    consent: boolean().notNull().default(false),
    consentAt: at(),
    /** Where the lead came from, e.g. "url_analyzer", "newsletter". */
    source: text(),
    sourceAnalysisId: uuid().references(() => urlAnalyses.id, { onDelete: "set null" }),
    convertedUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** When the lead's email signed up (the funnel's "sign-up" step). */
    convertedAt: at(),
    nurtureStatus: nurtureStatus().notNull().default("active"),
    /** Emails of the nurture sequence already sent (day 3, 7, 14, 30). */
    nurtureStep: integer().notNull().default(0),
    nextNurtureAt: at(),
    unsubscribedAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("leads_email_unique").on(sql`lower(${t.email})`),
    index("leads_source_analysis_id_idx").on(t.sourceAnalysisId),
    index("leads_converted_user_id_idx").on(t.convertedUserId),
    index("leads_next_nurture_at_idx")
      .on(t.nextNurtureAt)
      .where(sql`${t.nurtureStatus} = 'active'`),
    check("leads_consent_dated", sql`not ${t.consent} or ${t.consentAt} is not null`),
    check("leads_nurture_step_non_negative", sql`${t.nurtureStep} >= 0`),
  ],
);
