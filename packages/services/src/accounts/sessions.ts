import { randomBytes } from "node:crypto";

import type { DbOrTx } from "@arco/db";
import { sessions } from "@arco/db/schema";
import type { users } from "@arco/db/schema";
import { and, eq, gt, inArray, ne, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { UserScope } from "../context";
import { actingAs } from "../impersonation/request";
import type { EndedImpersonation, Impersonation } from "../impersonation/request";
import { endImpersonationsOf } from "../impersonation/session";
import { accessOf, membershipsOf, withOrgs } from "../orgs/access";
import type { OrgAccess } from "../orgs/access";
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
      columns: { impersonationId: true },
      where: and(
        eq(sessions.sessionToken, sql.placeholder("sessionId")),
        eq(sessions.userId, sql.placeholder("userId")),
        gt(sessions.expires, sql`now()`),
      ),
      with: { user: { with: withOrgs } },
    })
    .prepare("requester_of_session"),
);

/** Who a request acts as, and who is really asking. */
export interface Requester {
  /** The effective user: the member agency staff act as, else the person signed in. */
  user: typeof users.$inferSelect;
  /** The organization they act in, with their role there; null when there is none. */
  access: OrgAccess | null;
  /** Every organization the effective user may switch to, by name. */
  memberships: ReturnType<typeof membershipsOf>;
  /** The person at the keyboard (staff, while impersonating; else `user`). */
  realUser: typeof users.$inferSelect;
  /** Set while agency staff act for a client from this session. */
  impersonation: Impersonation | null;
  /** An impersonation this very request found over and ended (see `actingAs`). */
  ended: EndedImpersonation | null;
}

/**
 * Who is asking, from a session cookie's ids: the user behind a live session (it exists, has not
 * expired, belongs to an account that is not disabled) and the organization they act in
 * (`accessOf`), and all of their organizations — or, while the session carries an impersonation,
 * whom staff act as (`actingAs`). One prepared statement on the path of every signed-in request;
 * a second only while impersonating.
 */
export async function requesterOfSession(
  db: DbOrTx,
  { userId, sessionId, now = new Date() }: { userId: string; sessionId: string; now?: Date },
): Promise<Requester | null> {
  const row = await requesterQuery(db).execute({ userId, sessionId });
  if (!row || row.user.disabledAt) return null;
  const { memberships: _memberships, ...user } = row.user;
  const own: Requester = {
    user,
    access: accessOf(row.user),
    memberships: membershipsOf(row.user),
    realUser: user,
    impersonation: null,
    ended: null,
  };
  return row.impersonationId ? actingAs(db, own, row.impersonationId, now) : own;
}

/** Signing out: this session only, and what staff were doing for a client from it. */
export async function endSession(db: DbOrTx, sessionId: string) {
  await db.transaction(async (tx) => {
    await endImpersonationsOf(tx, null, { sessionIds: [sessionId] }, "signed_out", new Date());
    await tx.delete(sessions).where(eq(sessions.sessionToken, sessionId));
  });
}

/** Ends every session of the user, or every one but `except` (the one asking). */
export async function endSessions(
  db: DbOrTx,
  userId: string,
  { except }: { except?: string } = {},
) {
  const which = and(
    eq(sessions.userId, userId),
    except ? ne(sessions.sessionToken, except) : undefined,
  );
  const ending = await db.select({ id: sessions.sessionToken }).from(sessions).where(which);
  if (!ending.length) return 0;
  const sessionIds = ending.map((s) => s.id);
  await endImpersonationsOf(db, null, { sessionIds }, "signed_out", new Date());
  const ended = await db
    .delete(sessions)
    .where(and(which, inArray(sessions.sessionToken, sessionIds)))
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
