import type { DbOrTx } from "@arco/db";
import { auditLogs } from "@arco/db/schema";

/**
 * Who is acting, as the API knows it. `userId` is the effective user; `actorUserId` the real
 * person at the keyboard — the same, except while agency staff impersonate a client.
 */
export interface Actor {
  userId: string;
  actorUserId: string;
  impersonationId?: string | null;
  /** The session the request came with: changing the password keeps it and ends the rest. */
  sessionId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

/** Someone not signed in (an anonymous URL analysis, say): only the request is known. */
export interface AnonymousActor {
  userId: null;
  actorUserId: null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  orgId: string | null;
  /** `<domain>.<verb>`, e.g. "members.updateRole". */
  action: string;
  resourceType: string;
  resourceId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records a mutation. Call it with the transaction that makes the change, so the change and its
 * record commit or roll back together.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor | AnonymousActor, entry: AuditEntry) {
  await tx.insert(auditLogs).values({
    orgId: entry.orgId,
    actorUserId: actor.actorUserId,
    effectiveUserId: actor.userId,
    impersonationId: "impersonationId" in actor ? (actor.impersonationId ?? null) : null,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent?.slice(0, 512) ?? null,
    requestId: actor.requestId ?? null,
  });
}
