import { invitations, organizations, users } from "@arco/db/schema";
import { desc, eq } from "drizzle-orm";

import { hashLinkToken } from "../accounts/tokens";
import type { OrgScope, PublicScope } from "../context";
import { invalidLink, invitationStatus, pendingInvitationsOf } from "./access";

/** Invitations of the organization that can still be accepted, newest first. */
export function listPendingInvitations({ db, orgId }: OrgScope) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      invitedByName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(pendingInvitationsOf(orgId))
    .orderBy(desc(invitations.createdAt));
}

/** What the invitation page shows before the visitor decides. */
export async function invitationByToken({ db }: PublicScope, { token }: { token: string }) {
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
