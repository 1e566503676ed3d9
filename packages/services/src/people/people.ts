import { users } from "@arco/db/schema";
import { eq } from "drizzle-orm";
import { z } from "zod";

import { sendVerificationLink } from "../accounts/email-verification";
import { endSessions } from "../accounts/sessions";
import { recordAudit } from "../audit";
import type { StaffScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { keepAnAdmin, lockPerson, refuseOwnAccount } from "./access";

/**
 * Agency admins disable an account: it can no longer sign in, and every session it has ends at
 * once (the next request with one of its cookies is signed out). Nobody disables their own
 * account, nor the last enabled admin.
 */
export async function disableAccount(scope: StaffScope, { userId }: { userId: string }) {
  refuseOwnAccount(scope, userId, "You cannot disable your own account.");
  return scope.db.transaction(async (tx) => {
    const { person, otherAdmins } = await lockPerson(tx, userId);
    if (person.disabledAt) throw new ServiceError("CONFLICT", "This account is already disabled.");
    keepAnAdmin(person, otherAdmins);
    const disabledAt = scope.now();
    await tx.update(users).set({ disabledAt }).where(eq(users.id, userId));
    const sessionsEnded = await endSessions(tx, userId);
    await recordAudit(tx, scope.actor, {
      orgId: null,
      action: "admin.people.disable",
      resourceType: "user",
      resourceId: userId,
      before: { disabledAt: null },
      after: { disabledAt, sessionsEnded },
    });
    return { disabledAt, sessionsEnded };
  });
}

/** The account signs in again (with a new sign-in: its old sessions stay ended). */
export async function enableAccount(scope: StaffScope, { userId }: { userId: string }) {
  return scope.db.transaction(async (tx) => {
    const { person } = await lockPerson(tx, userId);
    if (!person.disabledAt) throw new ServiceError("CONFLICT", "This account is not disabled.");
    await tx.update(users).set({ disabledAt: null }).where(eq(users.id, userId));
    await recordAudit(tx, scope.actor, {
      orgId: null,
      action: "admin.people.enable",
      resourceType: "user",
      resourceId: userId,
      before: { disabledAt: person.disabledAt },
      after: { disabledAt: null },
    });
    return { enabled: true as const };
  });
}

/**
 * Sends the person a new link to verify their address (the one they had stops working), as if
 * they had asked for it themselves; audited under the staff member who sent it.
 */
export async function resendVerification(scope: StaffScope, { userId }: { userId: string }) {
  const [person] = z.uuid().safeParse(userId).success
    ? await scope.db
        .select({ disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, userId))
    : [];
  if (!person) throw notFound("Account");
  if (person.disabledAt) {
    throw new ServiceError("PRECONDITION_FAILED", "This account is disabled: enable it first.");
  }
  const result = await sendVerificationLink(scope, {
    userId,
    action: "admin.people.resendVerification",
  });
  if (!result) throw new ServiceError("PRECONDITION_FAILED", "This address is already verified.");
  return result;
}
