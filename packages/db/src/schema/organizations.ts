import { relations, sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { plans } from "./billing";
import { at, createdAt, id, timestamps } from "./columns";

export const memberRole = pgEnum("member_role", ["owner", "admin", "member", "viewer"]);

export type OrgSettings = {
  /** Locale for emails and reports, e.g. "pt-BR". */
  locale?: string;
  timezone?: string;
  brandColor?: string;
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

export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole().notNull().default("member"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_unique").on(t.orgId, t.userId),
    index("memberships_user_id_idx").on(t.userId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: memberRole().notNull().default("member"),
    /** SHA-256 of the single-use token sent by email; the token itself is never stored. */
    tokenHash: text().notNull(),
    invitedById: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: at(),
    acceptedById: uuid().references(() => users.id, { onDelete: "set null" }),
    declinedAt: at(),
    revokedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_unique").on(t.tokenHash),
    index("invitations_org_id_idx").on(t.orgId),
    index("invitations_invited_by_id_idx").on(t.invitedById),
    index("invitations_accepted_by_id_idx").on(t.acceptedById),
    index("invitations_email_idx").on(sql`lower(${t.email})`),
    uniqueIndex("invitations_one_pending_per_email")
      .on(t.orgId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.declinedAt} is null and ${t.revokedAt} is null`),
    check("invitations_role_not_owner", sql`${t.role} <> 'owner'`),
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

export const organizationsRelations = relations(organizations, ({ one, many }) => ({
  plan: one(plans, { fields: [organizations.planId], references: [plans.id] }),
  memberships: many(memberships),
  invitations: many(invitations),
  quotas: one(orgQuotas, { fields: [organizations.id], references: [orgQuotas.orgId] }),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  org: one(organizations, { fields: [memberships.orgId], references: [organizations.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));

export const invitationsRelations = relations(invitations, ({ one }) => ({
  org: one(organizations, { fields: [invitations.orgId], references: [organizations.id] }),
  invitedBy: one(users, { fields: [invitations.invitedById], references: [users.id] }),
}));
