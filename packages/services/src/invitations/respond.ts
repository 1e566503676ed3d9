import type { Transaction } from "@arco/db";
import { invitations, memberships, organizations, plans, users } from "@arco/db/schema";
import { eq } from "drizzle-orm";

import type { UserScope } from "../context";
import { hashLinkToken } from "../accounts/tokens";
import { normalizeEmail } from "../accounts/normalize";
import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { ServiceError } from "../errors";
import { limitOf } from "../plans";
import { invalidLink, invitationStatus } from "./access";

/**
 * Locks the invitation and checks that it is still open and addressed to the signed-in user,
 * who has proven that address: a link forwarded to someone else does not let them in, and
 * neither does an account someone opened with the invitee's address without owning it.
 */
async function openInvitationFor(tx: Transaction, actor: Actor, token: string) {
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
  const [invitee] = await tx
    .select({ email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!invitee || normalizeEmail(invitation.email) !== normalizeEmail(invitee.email)) {
    throw new ServiceError(
      "FORBIDDEN",
      `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
    );
  }
  if (!invitee.emailVerified) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "Confirm your email address first: open the link we emailed you when you signed up, or sign in with an email link.",
    );
  }
  return invitation;
}

export async function acceptInvitation(scope: UserScope, { token }: { token: string }) {
  const { db, actor } = scope;
  return db.transaction(async (tx) => {
    const invitation = await openInvitationFor(tx, actor, token);
    const [org] = await tx
      .select({ maxMembers: limitOf("maxMembers") })
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

export async function declineInvitation(scope: UserScope, { token }: { token: string }) {
  const { db, actor } = scope;
  return db.transaction(async (tx) => {
    const invitation = await openInvitationFor(tx, actor, token);
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
