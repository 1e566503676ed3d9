import type { DbOrTx } from "@arco/db";
import { impersonationSessions, memberships, sessions, users } from "@arco/db/schema";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import type { StaffScope, UserScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { loadOrg } from "../orgs/access";
import { IMPERSONATION, staffAllows } from "../roles";

const { minReasonLength, defaultMinutes, maxMinutes } = IMPERSONATION;

export type EndReason = (typeof impersonationSessions.$inferSelect)["endedReason"] & string;

export interface StartImpersonation {
  clientOrgId: string;
  /** The member to act as; null: work in the organization as agency staff. */
  targetUserId: string | null;
  reason: string;
  minutes?: number;
}

/**
 * Staff begin acting as a member of a client organization (their role, their view), or inside
 * the organization as agency staff (role "staff"). Bound to the session it starts from: every
 * request of that session then resolves to it until it is stopped, expires or the session ends.
 * Staff are never impersonated; an owner only by agency admins.
 */
export async function startImpersonation(scope: StaffScope, input: StartImpersonation) {
  const { db, actor, now } = scope;
  const reason = input.reason.trim();
  const minutes = input.minutes ?? defaultMinutes;
  if (reason.length < minReasonLength) {
    throw new ServiceError("BAD_REQUEST", "Give a reason of at least 10 characters.");
  }
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxMinutes) {
    throw new ServiceError("BAD_REQUEST", "Choose a duration between 1 and 60 minutes.");
  }
  if (!actor.sessionId) throw new ServiceError("UNAUTHORIZED", "Sign in to continue.");
  const client = await loadOrg(db, input.clientOrgId);
  if (!client) throw notFound("Organization");
  const target = input.targetUserId ? await loadTarget(db, input) : null;
  if (target?.staffRole) {
    throw new ServiceError("FORBIDDEN", "Agency staff cannot be impersonated.");
  }
  if (target?.disabledAt) {
    throw new ServiceError("PRECONDITION_FAILED", "This account is disabled.");
  }
  if (target?.role === "owner" && !staffAllows(scope.staffRole, "impersonateOwners")) {
    throw new ServiceError("FORBIDDEN", "Only agency admins can act as an organization's owner.");
  }
  const startedAt = now();
  const expiresAt = new Date(startedAt.getTime() + minutes * 60_000);
  return db.transaction(async (tx) => {
    // One at a time: whatever this person had open ends first.
    await endImpersonationsOf(tx, actor, { staffUserId: actor.actorUserId }, "stopped", startedAt);
    const [started] = await tx
      .insert(impersonationSessions)
      .values({
        staffUserId: actor.actorUserId,
        targetUserId: target?.id ?? null,
        orgId: client.org.id,
        reason,
        startedAt,
        expiresAt,
        ip: actor.ip ?? null,
        userAgent: actor.userAgent?.slice(0, 512) ?? null,
      })
      .returning({ id: impersonationSessions.id });
    await tx
      .update(sessions)
      .set({ impersonationId: started!.id })
      .where(eq(sessions.sessionToken, actor.sessionId!));
    await recordAudit(
      tx,
      { ...actor, impersonationId: started!.id },
      {
        orgId: client.org.id,
        action: "impersonation.start",
        resourceType: target ? "user" : "organization",
        resourceId: target?.id ?? client.org.id,
        after: { reason, minutes, expiresAt, role: target?.role ?? "staff" },
      },
    );
    return { id: started!.id, orgId: client.org.id, expiresAt };
  });
}

async function loadTarget(db: DbOrTx, { clientOrgId, targetUserId }: StartImpersonation) {
  const [row] = await db
    .select({
      id: users.id,
      staffRole: users.staffRole,
      disabledAt: users.disabledAt,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, clientOrgId), eq(memberships.userId, targetUserId!)));
  if (!row) throw notFound("Member");
  return row;
}

/** "Stop": the real person at the keyboard ends what their session is doing. */
export async function stopImpersonation({ db, actor, now }: UserScope) {
  if (!actor.impersonationId) {
    throw new ServiceError("PRECONDITION_FAILED", "You are not acting for a client.");
  }
  const ended = await db.transaction((tx) =>
    endImpersonationsOf(tx, actor, { id: actor.impersonationId! }, "stopped", now()),
  );
  return { ended };
}

/**
 * Ends open impersonations — one by id, a staff member's, or those of some sessions (signing
 * out) — detaching them from their sessions, and audits each end with its reason. An expired
 * one ends at its expiry, whenever it is noticed.
 */
export async function endImpersonationsOf(
  tx: DbOrTx,
  actor: Actor | null,
  which: { id: string } | { staffUserId: string } | { sessionIds: string[] },
  endedReason: EndReason,
  at: Date,
) {
  const match =
    "id" in which
      ? eq(impersonationSessions.id, which.id)
      : "staffUserId" in which
        ? eq(impersonationSessions.staffUserId, which.staffUserId)
        : inArray(
            impersonationSessions.id,
            tx
              .select({ id: sql<string>`${sessions.impersonationId}` })
              .from(sessions)
              .where(inArray(sessions.sessionToken, which.sessionIds)),
          );
  const ended = await tx
    .update(impersonationSessions)
    .set({
      endedAt: sql`least(${impersonationSessions.expiresAt}, greatest(${at.toISOString()}::timestamptz, ${impersonationSessions.startedAt}))`,
      endedReason: sql`case when ${impersonationSessions.expiresAt} <= ${at.toISOString()}::timestamptz then 'expired' else ${endedReason} end::impersonation_end_reason`,
    })
    .where(and(match, isNull(impersonationSessions.endedAt)))
    .returning();
  if (!ended.length) return 0;
  const ids = ended.map((row) => row.id);
  await tx
    .update(sessions)
    .set({ impersonationId: null })
    .where(inArray(sessions.impersonationId, ids));
  for (const row of ended) {
    await recordAudit(
      tx,
      {
        userId: row.targetUserId ?? row.staffUserId,
        actorUserId: row.staffUserId,
        impersonationId: row.id,
        ip: actor?.ip ?? null,
        userAgent: actor?.userAgent ?? null,
        requestId: actor?.requestId ?? null,
      },
      {
        orgId: row.orgId,
        action: "impersonation.end",
        resourceType: row.targetUserId ? "user" : "organization",
        resourceId: row.targetUserId ?? row.orgId,
        after: { reason: row.reason, endedReason: row.endedReason, endedAt: row.endedAt },
      },
    );
  }
  return ended.length;
}
