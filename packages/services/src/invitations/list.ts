import type { DbOrTx } from "@arco/db";
import { invitations, users } from "@arco/db/schema";
import { desc, eq } from "drizzle-orm";

import { pendingInvitationsOf } from "../orgs/overview";

/** Invitations of the organization that can still be accepted, newest first. */
export function listPendingInvitations(db: DbOrTx, orgId: string) {
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
