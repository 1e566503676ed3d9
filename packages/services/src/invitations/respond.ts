import type { DbOrTx, Transaction } from "@arco/db";
import { invitations, memberships, organizations, plans, users } from "@arco/db/schema";
import { and, eq, isNull } from "drizzle-orm";

import { hashLinkToken } from "../accounts/tokens";
import { normalizeEmail } from "../accounts/normalize";
import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { ServiceError } from "../errors";

export type InvitationStatus = "pending" | "expired" | "accepted" | "declined" | "revoked";

export function invitationStatus(
  invitation: typeof invitations.$inferSelect,
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.declinedAt) return "declined";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

const invalidLink = () =>
  new ServiceError("NOT_FOUND", "This invitation link is not valid. Ask for a new invitation.");

/** What the invitation page shows before the visitor decides. */
export async function invitationByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ invitation: invitations, orgName: organizations.name, inviterName: users.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(eq(invitations.tokenHash, hashLinkToken(token)));
  if (!row) throw invalidLink();
  return {
    orgName: row.orgName,
    email: row.invitation.email,
    role: row.invitation.role,
    inviterName: row.inviterName,
    expiresAt: row.invitation.expiresAt,
    status: invitationStatus(row.invitation),
  };
}

/**
 * Locks the invitation and checks that it is still open and addressed to the signed-in user,
 * who has proven that address: a link forwarded to someone else does not let them in, and
 * neither does an account someone opened with the invitee's address without owning it.
 */
async function openInvitationFor(tx: Transaction, actor: Actor, token: string, email: string) {
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashLinkToken(token)))
    .for("update");
  if (!invitation) throw invalidLink();
  const status = invitationStatus(invitation);
  if (status !== "pending") {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      status === "expired"
        ? "This invitation has expired. Ask for a new one."
        : `This invitation was already ${status}.`,
    );
  }
  if (normalizeEmail(invitation.email) !== normalizeEmail(email)) {
    throw new ServiceError(
      "FORBIDDEN",
      `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
    );
  }
  const [invitee] = await tx
    .select({ emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!invitee?.emailVerified) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "Confirm your email address first: open the link we emailed you when you signed up, or sign in with an email link.",
    );
  }
  return invitation;
}

export async function acceptInvitation(
  db: DbOrTx,
  actor: Actor,
  { token, email }: { token: string; email: string },
) {
  return db.transaction(async (tx) => {
    const invitation = await openInvitationFor(tx, actor, token, email);
    const [org] = await tx
      .select({ maxMembers: plans.maxMembers })
      .from(organizations)
      .innerJoin(plans, eq(plans.id, organizations.planId))
      .where(eq(organizations.id, invitation.orgId))
      .for("update", { of: organizations });
    const members = await tx.$count(memberships, eq(memberships.orgId, invitation.orgId));
    if (org?.maxMembers != null && members >= org.maxMembers) {
      throw new ServiceError(
        "QUOTA_EXCEEDED",
        `This organization's plan allows ${org.maxMembers} team members and it is full. Ask an admin to upgrade or free a seat.`,
      );
    }
    const [membership] = await tx
      .insert(memberships)
      .values({ orgId: invitation.orgId, userId: actor.userId, role: invitation.role })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedById: actor.userId })
      .where(eq(invitations.id, invitation.id));
    await tx.update(users).set({ activeOrgId: invitation.orgId }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId: invitation.orgId,
      action: "invitations.accept",
      resourceType: "invitation",
      resourceId: invitation.id,
      after: { membershipId: membership?.id ?? null, role: invitation.role },
    });
    return { orgId: invitation.orgId };
  });
}

export async function declineInvitation(
  db: DbOrTx,
  actor: Actor,
  { token, email }: { token: string; email: string },
) {
  return db.transaction(async (tx) => {
    const invitation = await openInvitationFor(tx, actor, token, email);
    await tx
      .update(invitations)
      .set({ declinedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    await recordAudit(tx, actor, {
      orgId: invitation.orgId,
      action: "invitations.decline",
      resourceType: "invitation",
      resourceId: invitation.id,
    });
    return { ok: true as const };
  });
}

export async function revokeInvitation(
  db: DbOrTx,
  actor: Actor,
  { orgId, invitationId }: { orgId: string; invitationId: string },
) {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.orgId, orgId),
          isNull(invitations.acceptedAt),
          isNull(invitations.declinedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id, email: invitations.email });
    if (!revoked)
      throw new ServiceError("NOT_FOUND", "Invitation was not found or is no longer pending.");
    await recordAudit(tx, actor, {
      orgId,
      action: "invitations.revoke",
      resourceType: "invitation",
      resourceId: revoked.id,
      before: { email: revoked.email },
    });
    return { ok: true as const };
  });
}
