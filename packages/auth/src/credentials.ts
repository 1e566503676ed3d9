import type { DbOrTx } from "@arco/db";
import { addressBucket } from "@arco/ratelimit";
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
/** The password is right but the address was never verified: it may be a stranger's. */
export class EmailNotVerified extends CredentialsSignin {
  override code = "email_not_verified";
}

const credentialsSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});

/**
 * The credentials check behind the password sign-in: rate-limited per address, and per account
 * from that address (so a stranger's guesses never use up the owner's attempts), before the
 * password is looked at; failing closed when the limiter's store is unreachable.
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
    limiter.check("auth.signIn.account", `${parsed.data.email} from ${addressBucket(ip)}`),
  ]);
  const denied = checks.find((d) => !d.allowed);
  if (denied)
    throw denied.reason === "store-unavailable" ? new SignInUnavailable() : new TooManyAttempts();
  const check = await accounts.verifyCredentials(db, parsed.data);
  if (check.status === "unverified") throw new EmailNotVerified();
  if (check.status === "invalid") throw new InvalidCredentials();
  const { user } = check;
  return { id: user.id, name: user.name, email: user.email, image: user.image };
}
