import { sql } from "drizzle-orm";
import {
  index,
  integer,
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
    /** The organization the user last worked in; a selector only, membership is always rechecked. */
    activeOrgId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    disabledAt: at(),
    lastSignInAt: at(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(sql`lower(${t.email})`),
    index("users_active_org_id_idx").on(t.activeOrgId),
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
