import { users } from "@arco/db/schema";
import type { plans } from "@arco/db/schema";
import { and, desc, eq, ilike, isNotNull, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";

import { SESSION_MAX_AGE_SECONDS } from "../accounts/sessions";
import type { StaffScope } from "../context";
import { notFound } from "../errors";
import { containing } from "../like";
import { afterCursor, page } from "../pagination";
import type { Role } from "../roles";

type Tier = (typeof plans.$inferSelect)["tier"];

interface PeopleFilters {
  /** Part of a name or an email address. */
  query?: string;
  /** Agency staff only. */
  staffOnly?: boolean;
  /** Disabled accounts only (true), or enabled ones only (false). */
  disabled?: boolean;
}

/*
 * The subqueries below name their own tables by alias and the person as `users`: in a select
 * from one table Drizzle leaves columns unqualified, which inside a subquery would mean its own.
 */

/** Each person's organizations, by name, with their role there and the plan. */
const organizationsOf = sql<{ id: string; name: string; role: Role; tier: Tier }[]>`coalesce((
  select json_agg(json_build_object('id', o.id, 'name', o.name, 'role', m.role, 'tier', p.tier)
    order by o.name)
  from memberships m
  join organizations o on o.id = m.org_id
  join plans p on p.id = o.plan_id
  where m.user_id = users.id
), '[]'::json)`;

/**
 * The last sign-in as far as it is known: a password sign-in stamps the account, and a session
 * still open started 30 days before it expires (email links and OAuth leave no other trace).
 */
const lastSignInAt = sql`greatest(
  users.last_sign_in_at,
  (select max(s.expires) from sessions s where s.user_id = users.id)
    - make_interval(secs => ${SESSION_MAX_AGE_SECONDS})
)`.mapWith(users.lastSignInAt);

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  staffRole: users.staffRole,
  emailVerified: users.emailVerified,
  disabledAt: users.disabledAt,
  lastSignInAt,
  createdAt: users.createdAt,
  organizations: organizationsOf,
};

/**
 * Everyone with an account — clients, free users, agency staff — newest first, found by part of
 * their name or email, with their organizations and roles.
 */
export async function searchPeople(
  { db }: StaffScope,
  { query, staffOnly, disabled, cursor, limit }: PeopleFilters & { cursor?: string; limit: number },
) {
  const term = query?.trim();
  const rows = await db
    .select(personColumns)
    .from(users)
    .where(
      and(
        term
          ? or(ilike(users.name, containing(term)), ilike(users.email, containing(term)))
          : undefined,
        staffOnly ? isNotNull(users.staffRole) : undefined,
        disabled === undefined
          ? undefined
          : disabled
            ? isNotNull(users.disabledAt)
            : isNull(users.disabledAt),
        afterCursor(cursor, { at: users.createdAt, id: users.id }, "desc"),
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit + 1);
  return page(rows, limit, (row) => ({ at: row.createdAt, id: row.id }));
}

/** One person, with how many sessions they have open and whether they have a password. */
export async function personById({ db }: StaffScope, { userId }: { userId: string }) {
  const [person] = z.uuid().safeParse(userId).success
    ? await db
        .select({
          ...personColumns,
          hasPassword: sql<boolean>`users.password_hash is not null`,
          openSessions: sql<number>`(select count(*)::int from sessions s
            where s.user_id = users.id and s.expires > now())`,
        })
        .from(users)
        .where(eq(users.id, userId))
    : [];
  if (!person) throw notFound("Account");
  return person;
}
