import type { DbOrTx } from "@arco/db";
import { impersonationSessions } from "@arco/db/schema";
import { eq } from "drizzle-orm";

import type { Requester } from "../accounts/sessions";
import { accessTo, membershipsOf, withOrgs } from "../orgs/access";
import { endImpersonationsOf } from "./session";
import type { EndReason } from "./session";

/** What a request carries while staff act for a client: shown by the banner, kept in the audit. */
export interface Impersonation {
  id: string;
  staff: { id: string; name: string | null; email: string };
  /** Whom staff act as; null: inside the organization as agency staff. */
  target: { id: string; name: string | null; email: string } | null;
  org: { id: string; name: string };
  reason: string;
  expiresAt: Date;
}

/** An impersonation this request found over (expired, or no longer allowed) and ended. */
export interface EndedImpersonation {
  endedReason: EndReason;
  targetName: string | null;
  orgName: string;
  expiresAt: Date;
}

/**
 * Who a session acts as when it carries an impersonation (`sessions.impersonation_id`): the
 * member staff act as — with that member's role, in that one organization — or the staff member
 * inside the organization with the role "staff". Expiry is enforced here, on every request: an
 * impersonation past its end (or whose staff member, member or membership changed since) is
 * ended now and the request is the staff member's own, told why (`ended`).
 */
export async function actingAs(
  db: DbOrTx,
  own: Requester,
  impersonationId: string,
  now: Date,
): Promise<Requester> {
  const row = await db.query.impersonationSessions.findFirst({
    where: eq(impersonationSessions.id, impersonationId),
    with: {
      targetUser: { with: withOrgs },
      org: { with: { plan: true } },
    },
  });
  const membership = row?.targetUser?.memberships.find((m) => m.org.id === row.orgId);
  const stillAllowed =
    row &&
    row.org &&
    row.endedAt === null &&
    own.user.staffRole &&
    (row.targetUserId === null ||
      (membership && !row.targetUser!.staffRole && !row.targetUser!.disabledAt));
  if (!row || !stillAllowed || row.expiresAt <= now) {
    if (row && row.endedAt === null) {
      await db.transaction((tx) => endImpersonationsOf(tx, null, { id: row.id }, "revoked", now));
    }
    return {
      ...own,
      ended: row
        ? {
            endedReason: row.expiresAt <= now ? "expired" : "revoked",
            targetName: row.targetUser?.name ?? null,
            orgName: row.org?.name ?? "",
            expiresAt: row.expiresAt,
          }
        : null,
    };
  }
  const impersonation: Impersonation = {
    id: row.id,
    staff: { id: own.user.id, name: own.user.name, email: own.user.email },
    target: row.targetUser
      ? { id: row.targetUser.id, name: row.targetUser.name, email: row.targetUser.email }
      : null,
    org: { id: row.org!.id, name: row.org!.name },
    reason: row.reason,
    expiresAt: row.expiresAt,
  };
  if (!row.targetUser) {
    return { ...own, access: accessTo(row.org!, "staff"), impersonation };
  }
  const { memberships: _memberships, ...target } = row.targetUser;
  // Only the organization staff came for: no switching to the member's other ones.
  const here = { ...row.targetUser, memberships: [membership!] };
  return {
    user: target,
    access: accessTo(membership!.org, membership!.role),
    memberships: membershipsOf(here),
    impersonation,
    realUser: own.user,
    ended: null,
  };
}
