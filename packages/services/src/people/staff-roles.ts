import { memberships, organizations, plans, users } from "@arco/db/schema";
import type { Transaction } from "@arco/db";
import { and, asc, eq, ne } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { StaffScope } from "../context";
import { ServiceError } from "../errors";
import type { StaffRole } from "../roles";
import { keepAnAdmin, lockPerson, refuseOwnAccount } from "./access";

/**
 * Grants a staff role (admin or support), changes it, or revokes it (null). Nobody changes their
 * own, and the last enabled admin keeps theirs.
 *
 * Agency staff are not on a client's team: an account in an organization on a paid plan (a
 * client's member) is refused until it leaves. Their own free organization — everyone gets one
 * at sign-up — does not count. Staff see every client, cannot be impersonated, and a client's
 * member who became staff would take that with them.
 */
export async function setStaffRole(
  scope: StaffScope,
  { userId, staffRole }: { userId: string; staffRole: StaffRole | null },
) {
  refuseOwnAccount(scope, userId, "You cannot change your own staff role.");
  return scope.db.transaction(async (tx) => {
    const { person, otherAdmins } = await lockPerson(tx, userId);
    if (person.staffRole === staffRole) {
      throw new ServiceError("CONFLICT", "Nothing to change: that is already their staff role.");
    }
    if (staffRole !== "admin") keepAnAdmin(person, otherAdmins);
    if (staffRole && !person.staffRole) await refuseClientMembers(tx, userId);
    await tx.update(users).set({ staffRole }).where(eq(users.id, userId));
    await recordAudit(tx, scope.actor, {
      orgId: null,
      action: "admin.people.setStaffRole",
      resourceType: "user",
      resourceId: userId,
      before: { staffRole: person.staffRole },
      after: { staffRole },
    });
    return { staffRole };
  });
}

async function refuseClientMembers(tx: Transaction, userId: string) {
  const [client] = await tx
    .select({ name: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(and(eq(memberships.userId, userId), ne(plans.tier, "free")))
    .orderBy(asc(organizations.name))
    .limit(1);
  if (client) {
    throw new ServiceError(
      "CONFLICT",
      `They are a member of ${client.name}, a client on a paid plan: agency staff cannot be on a client's team. Remove them from it first.`,
    );
  }
}
