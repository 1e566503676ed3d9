import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { at, id, timestamps } from "./columns";
import { organizations } from "./organizations";

/** The optional emails a person can turn off (absent: on). */
export type EmailPreferences = {
  /** Replies and status changes on the organization's support tickets. */
  ticketUpdates?: boolean;
  /** Reminders that a domain or its certificate is about to expire. */
  domainExpiry?: boolean;
};

/** Agency staff. Anyone without a staff role is a client or free user. */
export const staffRole = pgEnum("staff_role", ["admin", "support"]);

/**
 * Users, accounts, sessions and verification tokens follow the Auth.js Drizzle adapter's
 * shape (property names are part of its contract).
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    name: text(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true, mode: "date" }),
    image: text(),
    /** Argon2id hash (legacy scrypt until the next sign-in); null for link or OAuth-only users. */
    passwordHash: text(),
    staffRole: staffRole(),
    /** The language the person chose ("en" or "pt-BR"); null follows the browser, then the org. */
    locale: text(),
    /** Optional emails this person turned off; transactional ones are always sent. */
    emailPreferences: jsonb().$type<EmailPreferences>().notNull().default({}),
    /** The organization the user last worked in; a selector only, membership is always rechecked. */
    activeOrgId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    disabledAt: at(),
    lastSignInAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(sql`lower(${t.email})`),
    index("users_active_org_id_idx").on(t.activeOrgId),
    check("users_locale_supported", sql`${t.locale} in ('en', 'pt-BR')`),
    index("users_staff_role_idx")
      .on(t.staffRole)
      .where(sql`${t.staffRole} is not null`),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    /**
     * Agency staff acting as a client (or inside a client's organization) from this session:
     * the request path reads it with the session, so it ends with the session.
     */
    impersonationId: uuid().references(() => impersonationSessions.id, { onDelete: "set null" }),
  },
  (t) => [
    index("sessions_user_id_idx").on(t.userId),
    index("sessions_impersonation_id_idx").on(t.impersonationId),
  ],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const impersonationEndReason = pgEnum("impersonation_end_reason", [
  "stopped",
  "expired",
  "revoked",
  "signed_out",
]);

/** A staff member acting as a client user. Rows are never deleted: they are the audit trail. */
export const impersonationSessions = pgTable(
  "impersonation_sessions",
  {
    id: id(),
    /** Restrict: staff accounts are disabled, never deleted, so every session keeps its author. */
    staffUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** Set null: a client's right to erasure wins over naming them in old sessions. */
    targetUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    orgId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    reason: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: at(),
    endedReason: impersonationEndReason(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [
    index("impersonation_sessions_staff_started_idx").on(t.staffUserId, t.startedAt),
    index("impersonation_sessions_target_user_id_idx").on(t.targetUserId),
    index("impersonation_sessions_org_started_idx").on(t.orgId, t.startedAt),
    // The service closes a staff member's expired session before starting another.
    uniqueIndex("impersonation_sessions_one_active_per_staff")
      .on(t.staffUserId)
      .where(sql`${t.endedAt} is null`),
    check("impersonation_sessions_reason_not_empty", sql`length(btrim(${t.reason})) > 0`),
    check(
      "impersonation_sessions_max_duration",
      sql`${t.expiresAt} > ${t.startedAt} and ${t.expiresAt} <= ${t.startedAt} + interval '60 minutes'`,
    ),
    check(
      "impersonation_sessions_end_order",
      sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`,
    ),
    check(
      "impersonation_sessions_end_reason_pair",
      sql`(${t.endedAt} is null) = (${t.endedReason} is null)`,
    ),
    check(
      "impersonation_sessions_not_self",
      sql`${t.targetUserId} is null or ${t.targetUserId} <> ${t.staffUserId}`,
    ),
  ],
);
