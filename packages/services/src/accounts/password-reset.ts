import { users, verificationTokens } from "@arco/db/schema";
import { and, eq, gt, isNull, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { PublicScope } from "../context";
import { ServiceError } from "../errors";
import { normalizeEmail } from "./normalize";
import { hashPassword } from "./password";
import { recipientLocale } from "./recipient-locale";
import { endSessions } from "./sessions";
import { hashLinkToken, newLinkToken } from "./tokens";

export const PASSWORD_RESET_TTL_MINUTES = 60;
const PREFIX = "reset-password:";

/**
 * "Forgot password": emails the account a single-use link that expires in an hour; asking again
 * replaces the earlier link. The answer is the same whether or not the address has an account,
 * so the form tells no one who is registered.
 */
export async function requestPasswordReset(scope: PublicScope, input: { email: string }) {
  const { db, appUrl } = scope;
  const email = normalizeEmail(input.email);
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email}`, isNull(users.disabledAt)));
  if (!user) return { ok: true as const };

  const { token, hash } = newLinkToken();
  await db.transaction(async (tx) => {
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, PREFIX + user.id));
    await tx.insert(verificationTokens).values({
      identifier: PREFIX + user.id,
      token: hash,
      expires: new Date(scope.now().getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000),
    });
    await recordAudit(tx, scope.actor, {
      orgId: null,
      action: "accounts.requestPasswordReset",
      resourceType: "user",
      resourceId: user.id,
    });
  });
  await scope.deps.sendEmail(db, {
    locale: await recipientLocale(db, { userId: user.id }),
    to: user.email,
    idempotencyKey: `reset-password:${hash}`,
    template: "password-reset",
    props: {
      name: user.name,
      url: new URL(`/reset-password?${new URLSearchParams({ token })}`, appUrl).toString(),
      expiresInMinutes: PASSWORD_RESET_TTL_MINUTES,
    },
  });
  return { ok: true as const };
}

/**
 * Sets the new password from a reset link. The link works once and only before it expires;
 * every session of the account ends, so whoever knew the old password is signed out. Opening the
 * link proves the address too.
 */
export async function resetPassword(
  scope: PublicScope,
  input: { token: string; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  return scope.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(verificationTokens)
      .where(
        and(
          eq(verificationTokens.token, hashLinkToken(input.token)),
          gt(verificationTokens.expires, scope.now()),
        ),
      )
      .returning();
    const userId = row?.identifier.startsWith(PREFIX) ? row.identifier.slice(PREFIX.length) : null;
    if (!userId) {
      throw new ServiceError(
        "BAD_REQUEST",
        "This reset link is invalid or has expired. Ask for a new one.",
      );
    }
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(and(eq(users.id, userId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email });
    if (!user) {
      throw new ServiceError(
        "BAD_REQUEST",
        "This reset link is invalid or has expired. Ask for a new one.",
      );
    }
    const sessionsEnded = await endSessions(tx, user.id);
    await recordAudit(tx, scope.actor, {
      orgId: null,
      action: "accounts.resetPassword",
      resourceType: "user",
      resourceId: user.id,
      after: { sessionsEnded },
    });
    return { email: user.email };
  });
}
