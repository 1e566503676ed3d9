import { invitations, memberships, organizations, plans, users } from "@arco/db/schema";
import { and, eq, isNull, lte, sql } from "drizzle-orm";

import { recipientLocale } from "../accounts/recipient-locale";
import type { OrgScope } from "../context";
import { newLinkToken } from "../accounts/tokens";
import { normalizeEmail } from "../accounts/normalize";
import { recordAudit } from "../audit";
import { ServiceError, notFound } from "../errors";
import { mayInvite } from "../orgs/settings";
import { limitOf } from "../plans";
import { canGrant } from "../roles";
import type { Role } from "../roles";
import { pendingInvitationsOf } from "./access";

export const INVITATION_TTL_DAYS = 7;

/**
 * Invites `email` to the organization and emails them a single-use link. Members plus pending
 * invitations may not exceed the plan's team size; the organization row is locked while they
 * are counted, so concurrent invitations cannot overshoot it.
 */
export async function createInvitation(
  scope: OrgScope,
  input: { email: string; role: Exclude<Role, "owner"> },
) {
  const { db, actor, orgId, appUrl } = scope;
  const email = normalizeEmail(input.email);
  const { token, hash } = newLinkToken();
  const created = await db.transaction(async (tx) => {
    const [org] = await tx
      .select({
        name: organizations.name,
        settings: organizations.settings,
        maxMembers: limitOf("maxMembers"),
      })
      .from(organizations)
      .innerJoin(plans, eq(plans.id, organizations.planId))
      .where(eq(organizations.id, orgId))
      .for("update", { of: organizations });
    const [me] = await tx
      .select({ role: memberships.role, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, actor.userId)));
    if (!org) throw notFound("Organization");
    if (!mayInvite(scope.role, org.settings.invitePolicy)) {
      throw new ServiceError("FORBIDDEN", "Only owners and admins can invite people here.");
    }
    if (!me) throw notFound("Organization");
    if (!canGrant(me.role, input.role)) {
      throw new ServiceError(
        "FORBIDDEN",
        `As ${me.role} you cannot invite someone as ${input.role}.`,
      );
    }

    const [alreadyMember] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), sql`lower(${users.email}) = ${email}`));
    if (alreadyMember) throw new ServiceError("CONFLICT", `${email} is already a member.`);
    const [pending] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(pendingInvitationsOf(orgId), sql`lower(${invitations.email}) = ${email}`));
    if (pending) {
      throw new ServiceError(
        "CONFLICT",
        `An invitation to ${email} is already pending. Revoke it to send a new one.`,
      );
    }

    if (org.maxMembers !== null) {
      const seats =
        (await tx.$count(memberships, eq(memberships.orgId, orgId))) +
        (await tx.$count(invitations, pendingInvitationsOf(orgId)));
      if (seats >= org.maxMembers) {
        throw new ServiceError(
          "QUOTA_EXCEEDED",
          `Your plan allows ${org.maxMembers} team member${org.maxMembers === 1 ? "" : "s"}, counting pending invitations. Upgrade to invite more.`,
        );
      }
    }

    // An expired, unanswered invitation still holds the one-open-invitation-per-email slot of the
    // unique index (its predicate cannot mention the time): close it before issuing a new one.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.orgId, orgId),
          sql`lower(${invitations.email}) = ${email}`,
          isNull(invitations.acceptedAt),
          isNull(invitations.declinedAt),
          isNull(invitations.revokedAt),
          lte(invitations.expiresAt, new Date()),
        ),
      );
    const expiresAt = new Date(scope.now().getTime() + INVITATION_TTL_DAYS * 24 * 3600 * 1000);
    const [invitation] = await tx
      .insert(invitations)
      .values({
        orgId: orgId,
        email,
        role: input.role,
        tokenHash: hash,
        invitedById: actor.userId,
        expiresAt,
      })
      .returning();
    await recordAudit(tx, actor, {
      orgId: orgId,
      action: "invitations.create",
      resourceType: "invitation",
      resourceId: invitation!.id,
      after: { email, role: input.role, expiresAt },
    });
    return { invitation: invitation!, orgName: org.name, inviterName: me.name };
  });

  await scope.deps.sendEmail(db, {
    locale: await recipientLocale(db, { email, orgId }),
    to: email,
    orgId: orgId,
    idempotencyKey: `invitation:${created.invitation.id}`,
    template: "invitation",
    props: {
      orgName: created.orgName,
      inviterName: created.inviterName,
      role: input.role,
      acceptUrl: new URL(`/invite/${token}`, appUrl).toString(),
      expiresAt: created.invitation.expiresAt,
    },
  });
  const { id, role, expiresAt } = created.invitation;
  return { id, email, role, expiresAt };
}

export async function revokeInvitation(
  scope: OrgScope,
  { invitationId }: { invitationId: string },
) {
  const { db, actor, orgId } = scope;
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
