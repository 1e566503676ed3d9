import type { DbOrTx } from "@arco/db";
import { users } from "@arco/db/schema";
import { sendEmail } from "@arco/email";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import { createOrganization } from "../orgs/create";
import { requestEmailVerification } from "./email-verification";
import { normalizeEmail } from "./normalize";
import { hashPassword } from "./password";

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  /** A page of the site the verification link leads back to (validated by the caller). */
  returnTo?: string;
}

export type SignUpOutcome =
  | { outcome: "created"; user: typeof users.$inferSelect; org: { id: string } }
  | { outcome: "exists" };

/**
 * Creates the account and the user's own organization on the free tier, with them as owner,
 * and emails a link to verify the address — the password works only once it is verified.
 *
 * An address that already has an account gets no second one and no error either: the caller
 * answers both cases alike, so sign-up never tells a stranger which addresses have accounts,
 * and the address's owner is emailed that someone tried. The password is hashed first in both
 * cases, so they take the same time.
 */
export async function signUp(
  db: DbOrTx,
  input: SignUpInput,
  { appUrl, ip, userAgent }: { appUrl: string; ip?: string | null; userAgent?: string | null },
): Promise<SignUpOutcome> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const created = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email, passwordHash })
      .onConflictDoNothing()
      .returning();
    if (!user) return null;
    const actor = { userId: user.id, actorUserId: user.id, ip, userAgent };
    await recordAudit(tx, actor, {
      orgId: null,
      action: "accounts.signUp",
      resourceType: "user",
      resourceId: user.id,
      after: { email: user.email },
    });
    const org = await createOrganization(tx, actor, {
      name: `${firstName(input.name)}'s organization`,
    });
    return { user, org };
  });

  if (created) {
    await requestEmailVerification(
      db,
      { userId: created.user.id, actorUserId: created.user.id, ip },
      { appUrl, returnTo: input.returnTo },
    );
    return { outcome: "created", ...created };
  }
  const [owner] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  if (owner) {
    await sendEmail(db, {
      to: owner.email,
      idempotencyKey: `sign-up-attempt:${randomUUID()}`,
      template: "sign-up-attempt",
      props: { name: owner.name, signInUrl: new URL("/sign-in", appUrl).toString() },
    });
  }
  return { outcome: "exists" };
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;
