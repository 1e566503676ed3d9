import type { Transaction } from "@arco/db";
import { users } from "@arco/db/schema";
import { and, eq, isNull, or } from "drizzle-orm";
import { z } from "zod";

import type { StaffScope } from "../context";
import { ServiceError, notFound } from "../errors";

/**
 * Locks the person's row and, in the same statement and in id order, every enabled admin's:
 * two changes that could each remove an admin wait for one another, and the second counts what
 * the first left. NOT_FOUND for no such account.
 */
export async function lockPerson(tx: Transaction, userId: string) {
  if (!z.uuid().safeParse(userId).success) throw notFound("Account");
  const rows = await tx
    .select({
      id: users.id,
      email: users.email,
      staffRole: users.staffRole,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(or(eq(users.id, userId), and(eq(users.staffRole, "admin"), isNull(users.disabledAt))))
    .orderBy(users.id)
    .for("update");
  const person = rows.find((row) => row.id === userId);
  if (!person) throw notFound("Account");
  const otherAdmins = rows.filter(
    (row) => row.id !== userId && row.staffRole === "admin" && !row.disabledAt,
  ).length;
  return { person, otherAdmins };
}

/** The person acting — themselves, not whom they act as — may not do this to their own account. */
export function refuseOwnAccount(scope: StaffScope, userId: string, message: string) {
  if (userId === scope.actor.actorUserId || userId === scope.actor.userId) {
    throw new ServiceError("FORBIDDEN", message);
  }
}

/** The platform always keeps an enabled admin: someone must be able to manage people. */
export function keepAnAdmin(
  person: { staffRole: string | null; disabledAt: Date | null },
  otherAdmins: number,
) {
  if (person.staffRole === "admin" && !person.disabledAt && otherAdmins === 0) {
    throw new ServiceError(
      "CONFLICT",
      "The agency needs at least one admin: make someone else an admin first.",
    );
  }
}
