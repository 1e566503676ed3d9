import type { DbOrTx } from "@arco/db";
import { users } from "@arco/db/schema";
import { eq, sql } from "drizzle-orm";

import { normalizeEmail } from "./normalize";
import { burnPasswordCheck, verifyPassword } from "./password";

/**
 * The user with this email and password, or null. Unknown emails cost the same time as wrong
 * passwords, and disabled accounts cannot sign in.
 */
export async function verifyCredentials(
  db: DbOrTx,
  { email, password }: { email: string; password: string },
) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`);
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash)) || user.disabledAt) return null;
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  return user;
}
