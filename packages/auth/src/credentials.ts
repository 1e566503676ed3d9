import type { DbOrTx } from "@arco/db";
import type { RateLimiter } from "@arco/ratelimit";
import { accounts } from "@arco/services";
import { CredentialsSignin } from "@auth/core/errors";
import { z } from "zod";

/** Sign-in failures reach the client as `code`, so each one gets a specific message. */
export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}
export class TooManyAttempts extends CredentialsSignin {
  override code = "rate_limited";
}
export class SignInUnavailable extends CredentialsSignin {
  override code = "unavailable";
}

const credentialsSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});

/**
 * The credentials check behind the password sign-in: rate-limited per IP and per account before
 * the password is looked at, and failing closed when the limiter's store is unreachable.
 */
export async function authorizeCredentials(
  db: DbOrTx,
  limiter: RateLimiter,
  input: unknown,
  ip: string,
) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new InvalidCredentials();
  const checks = await Promise.all([
    limiter.check("auth.signIn.ip", ip),
    limiter.check("auth.signIn.account", parsed.data.email),
  ]);
  const denied = checks.find((d) => !d.allowed);
  if (denied)
    throw denied.reason === "store-unavailable" ? new SignInUnavailable() : new TooManyAttempts();
  const user = await accounts.verifyCredentials(db, parsed.data);
  if (!user) throw new InvalidCredentials();
  return { id: user.id, name: user.name, email: user.email, image: user.image };
}
