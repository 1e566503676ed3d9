import { invitations } from "@arco/db/schema";
import { and, eq, gt, isNull } from "drizzle-orm";

import { ServiceError } from "../errors";

/** The answer to any token that opens no invitation. */
export const invalidLink = () =>
  new ServiceError("NOT_FOUND", "This invitation link is not valid. Ask for a new invitation.");

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

/** Invitations that can still be accepted. */
export const pendingInvitationsOf = (orgId: string) =>
  and(
    eq(invitations.orgId, orgId),
    isNull(invitations.acceptedAt),
    isNull(invitations.declinedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, new Date()),
  );
