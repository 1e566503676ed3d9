import type { DbOrTx } from "@arco/db";
import { users } from "@arco/db/schema";
import { and, eq, sql } from "drizzle-orm";

import { normalizeEmail } from "./normalize";
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from "./password";

export type CredentialsCheck =
  | { status: "ok"; user: typeof users.$inferSelect }
  /** Right password, but the address was never proven: the password may be a stranger's. */
  | { status: "unverified" }
  | { status: "invalid" };

/**
 * Checks an email and password. Unknown emails cost the same time as wrong passwords, disabled
 * accounts cannot sign in, and neither can an account whose address is unverified. A hash made
 * with older parameters is replaced by a current one on success.
 */
export async function verifyCredentials(
  db: DbOrTx,
  { email, password }: { email: string; password: string },
): Promise<CredentialsCheck> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`);
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return { status: "invalid" };
  }
  if (!(await verifyPassword(password, user.passwordHash)) || user.disabledAt) {
    return { status: "invalid" };
  }
  if (!user.emailVerified) return { status: "unverified" };
  const rehashed = needsRehash(user.passwordHash) ? await hashPassword(password) : null;
  await db
    .update(users)
    .set({ lastSignInAt: new Date(), ...(rehashed ? { passwordHash: rehashed } : {}) })
    // Only if the hash is still the one just checked: a password changed meanwhile stays.
    .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  return { status: "ok", user: rehashed ? { ...user, passwordHash: rehashed } : user };
}
