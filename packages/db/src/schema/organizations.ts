import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { id, timestamps } from "./columns";
import { plans } from "./plans";

export type OrgSettings = {
  /** Language of the organization's emails and reports when a person has not chosen one. */
  locale?: "en" | "pt-BR";
  /** IANA time zone its dates, due times and ticket periods follow (default America/Sao_Paulo). */
  timezone?: string;
  /** Who may invite people: owners and admins, or every member too. */
  invitePolicy?: "managers" | "members";
  brandColor?: string;
};

/**
 * An enterprise deal's own limits, over its plan's (a key left out keeps the plan's; null there
 * means unlimited).
 */
export type CustomLimits = {
  ticketsPerMonth?: number | null;
  storageBytes?: number | null;
  maxProjects?: number | null;
  maxDomains?: number | null;
  maxMembers?: number | null;
  responseSlaHours?: number | null;
  monthlyCredits?: number;
};

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    name: text().notNull(),
    slug: text().notNull(),
    logoUrl: text(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: "restrict" }),
    settings: jsonb().$type<OrgSettings>().notNull().default({}),
    customLimits: jsonb().$type<CustomLimits>(),
    stripeCustomerId: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("organizations_slug_unique").on(t.slug),
    uniqueIndex("organizations_stripe_customer_id_unique").on(t.stripeCustomerId),
    index("organizations_plan_id_idx").on(t.planId),
    check("organizations_slug_format", sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'`),
  ],
);

/**
 * Per-organization counters the tier limits are enforced against. Changed only by atomic
 * `UPDATE … WHERE used < limit RETURNING`, never read-modify-write.
 */
export const orgQuotas = pgTable(
  "org_quotas",
  {
    orgId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    ticketsUsed: integer().notNull().default(0),
    ticketPeriodStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ticketPeriodEnd: timestamp({ withTimezone: true }).notNull(),
    storageUsedBytes: bigint({ mode: "number" }).notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index("org_quotas_ticket_period_end_idx").on(t.ticketPeriodEnd),
    check("org_quotas_tickets_used_non_negative", sql`${t.ticketsUsed} >= 0`),
    check("org_quotas_storage_used_non_negative", sql`${t.storageUsedBytes} >= 0`),
    check("org_quotas_period_order", sql`${t.ticketPeriodEnd} > ${t.ticketPeriodStart}`),
  ],
);
