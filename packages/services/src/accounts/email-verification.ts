import { users, verificationTokens } from "@arco/db/schema";
import { and, eq, gt } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { PublicScope, UserScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { proveAddress } from "./address-proof";
import { recipientLocale } from "./recipient-locale";
import { hashLinkToken, newLinkToken } from "./tokens";

export const VERIFY_EMAIL_TTL_HOURS = 48;
const identifierOf = (userId: string) => `verify-email:${userId}`;

/**
 * Emails the user a fresh link proving they own their address; earlier links stop working.
 * `sent` is false when the email could not be handed to the provider.
 */
export async function requestEmailVerification(
  scope: UserScope,
  { returnTo }: { returnTo?: string } = {},
) {
  const result = await sendVerificationLink(scope, {
    userId: scope.actor.userId,
    returnTo,
    action: "accounts.requestEmailVerification",
  });
  if (!result) {
    throw new ServiceError("PRECONDITION_FAILED", "Your email address is already verified.");
  }
  return result;
}

/**
 * The verification email of the account `userId`, with a fresh link (earlier links stop
 * working), audited under `action` with whoever asked: its owner, or agency staff resending it.
 * Null when the address is verified already.
 */
export async function sendVerificationLink(
  scope: UserScope,
  { userId, returnTo, action }: { userId: string; returnTo?: string; action: string },
) {
  const { db, actor, appUrl } = scope;
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound("Account");
  if (user.emailVerified) return null;
  const { token, hash } = newLinkToken();
  await db.transaction(async (tx) => {
    await tx
      .delete(verificationTokens)
      .where(eq(verificationTokens.identifier, identifierOf(userId)));
    await tx.insert(verificationTokens).values({
      identifier: identifierOf(userId),
      token: hash,
      expires: new Date(scope.now().getTime() + VERIFY_EMAIL_TTL_HOURS * 3600 * 1000),
    });
    await recordAudit(tx, actor, {
      orgId: null,
      action,
      resourceType: "user",
      resourceId: userId,
    });
  });
  const result = await scope.deps.sendEmail(db, {
    locale: await recipientLocale(db, { userId }),
    to: user.email,
    idempotencyKey: `verify-email:${hash}`,
    template: "verify-email",
    props: {
      name: user.name,
      url: new URL(
        `/verify-email?${new URLSearchParams({ token, ...(returnTo ? { next: returnTo } : {}) })}`,
        appUrl,
      ).toString(),
      expiresInHours: VERIFY_EMAIL_TTL_HOURS,
    },
  });
  return { sent: result.status !== "failed" };
}

export async function verifyEmail(scope: PublicScope, { token }: { token: string }) {
  return scope.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(verificationTokens)
      .where(
        and(
          eq(verificationTokens.token, hashLinkToken(token)),
          gt(verificationTokens.expires, scope.now()),
        ),
      )
      .returning();
    const userId = row?.identifier.startsWith("verify-email:") ? row.identifier.slice(13) : null;
    if (!userId) {
      throw new ServiceError(
        "BAD_REQUEST",
        "This verification link is invalid or has expired. Request a new one from your account.",
      );
    }
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound("Account");
    await proveAddress(tx, userId, { via: "verification-link", ip: scope.actor.ip });
    return { email: user.email };
  });
}
