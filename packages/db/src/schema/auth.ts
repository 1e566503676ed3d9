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
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
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
