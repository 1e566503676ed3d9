import type { DbOrTx } from "@arco/db";
import { notifications, users } from "@arco/db/schema";
import { eq } from "drizzle-orm";

import { recordAudit } from "../audit";
import { endSessions } from "./sessions";

export type AddressProof = "email-link" | "verification-link" | `oauth:${string}`;

/**
 * An email address belongs to whoever proves it. Call this when someone has just proven the
 * address of `userId`: by opening a sign-in link sent to it, or through an OAuth provider that
 * verified it. A password set on the account *before* the address was proven may be a
 * stranger's (anyone can sign up with any address), so it is removed and every session made
 * with it ends; the owner sets a password of their own afterwards. Proving an already verified
 * address changes nothing.
 */
export async function proveAddress(
  db: DbOrTx,
  userId: string,
  { via, ip }: { via: AddressProof; ip?: string | null },
) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({
        emailVerified: users.emailVerified,
        passwordHash: users.passwordHash,
        activeOrgId: users.activeOrgId,
      })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user || user.emailVerified) return { claimed: false };
    const unprovenPassword = user.passwordHash !== null && via !== "verification-link";
    await tx
      .update(users)
      .set({ emailVerified: new Date(), ...(unprovenPassword ? { passwordHash: null } : {}) })
      .where(eq(users.id, userId));
    const sessionsEnded = unprovenPassword ? await endSessions(tx, userId) : 0;
    if (unprovenPassword && user.activeOrgId) {
      await tx.insert(notifications).values({
        orgId: user.activeOrgId,
        userId,
        kind: "account.passwordRemoved",
        title: "Set a password for your account",
        body: "A password had been set on this account before its address was confirmed, so for your safety it was removed. Sign in with an email link, or set a new password in your account.",
        link: "/dashboard/account",
      });
    }
    await recordAudit(
      tx,
      { userId, actorUserId: userId, ip },
      {
        orgId: null,
        action: "accounts.proveAddress",
        resourceType: "user",
        resourceId: userId,
        after: { via, passwordRemoved: unprovenPassword, sessionsEnded },
      },
    );
    return { claimed: true, passwordRemoved: unprovenPassword };
  });
}
