import { randomBytes } from "node:crypto";

import type { DbOrTx } from "@arco/db";
import { sessions } from "@arco/db/schema";
import { and, eq, gt, ne, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { UserScope } from "../context";
import { accessOf, membershipsOf, withOrgs } from "../orgs/access";
import { preparedPerDb } from "../prepared";

/**
 * Every sign-in is a row in `sessions`; its id travels inside the encrypted session cookie. A
 * cookie is only as good as its row: signing out, "sign out everywhere", a password change and
 * proving an address someone else had claimed delete rows, and the very next request with that
 * cookie is signed out. Sessions end 30 days after sign-in at the latest.
 */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** Records a new sign-in and returns its session id. */
export async function startSession(db: DbOrTx, userId: string, now = new Date()) {
  const sessionId = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    sessionToken: sessionId,
    userId,
    expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
  });
  return sessionId;
}

const requesterQuery = preparedPerDb((db) =>
  db.query.sessions
    .findFirst({
      columns: {},
      where: and(
        eq(sessions.sessionToken, sql.placeholder("sessionId")),
        eq(sessions.userId, sql.placeholder("userId")),
        gt(sessions.expires, sql`now()`),
      ),
      with: { user: { with: withOrgs } },
    })
    .prepare("requester_of_session"),
);

/**
 * Who is asking, from a session cookie's ids: the user behind a live session (it exists, has not
 * expired, belongs to an account that is not disabled) and the organization they act in
 * (`accessOf`), and all of their organizations. One prepared statement, on the path of every
 * signed-in request.
 */
export async function requesterOfSession(
  db: DbOrTx,
  { userId, sessionId }: { userId: string; sessionId: string },
) {
  const row = await requesterQuery(db).execute({ userId, sessionId });
  if (!row || row.user.disabledAt) return null;
  const { memberships: _memberships, activeOrg: _activeOrg, ...user } = row.user;
  return { user, access: accessOf(row.user), memberships: membershipsOf(row.user) };
}

export type Requester = NonNullable<Awaited<ReturnType<typeof requesterOfSession>>>;

/** Signing out: this session only. */
export async function endSession(db: DbOrTx, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.sessionToken, sessionId));
}

/** Ends every session of the user, or every one but `except` (the one asking). */
export async function endSessions(
  db: DbOrTx,
  userId: string,
  { except }: { except?: string } = {},
) {
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), except ? ne(sessions.sessionToken, except) : undefined))
    .returning({ id: sessions.sessionToken });
  return ended.length;
}

/** "Sign out everywhere": every device, this one included. */
export async function signOutEverywhere({ db, actor }: UserScope) {
  return db.transaction(async (tx) => {
    const ended = await endSessions(tx, actor.userId);
    await recordAudit(tx, actor, {
      orgId: null,
      action: "me.signOutEverywhere",
      resourceType: "user",
      resourceId: actor.userId,
      after: { sessionsEnded: ended },
    });
    return { sessionsEnded: ended };
  });
}
