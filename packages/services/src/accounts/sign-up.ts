import { randomUUID } from "node:crypto";

import { users } from "@arco/db/schema";
import { sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { PublicScope, UserScope } from "../context";
import { convertLeads } from "../leads/conversion";
import { createOrganization } from "../orgs/organizations";
import { requestEmailVerification } from "./email-verification";
import { normalizeEmail } from "./normalize";
import { hashPassword } from "./password";
import { recipientLocale } from "./recipient-locale";

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
export async function signUp(scope: PublicScope, input: SignUpInput): Promise<SignUpOutcome> {
  const { db, appUrl } = scope;
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ name: input.name, email, passwordHash })
    .onConflictDoNothing()
    .returning();
  if (user) {
    const newcomer: UserScope = {
      ...scope,
      actor: { ...scope.actor, userId: user.id, actorUserId: user.id },
    };
    await recordAudit(db, newcomer.actor, {
      orgId: null,
      action: "accounts.signUp",
      resourceType: "user",
      resourceId: user.id,
      after: { email: user.email },
    });
    const org = await setUpNewAccount(newcomer, { name: input.name });
    await requestEmailVerification(newcomer, { returnTo: input.returnTo });
    return { outcome: "created", user, org };
  }
  const [owner] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  if (owner) {
    await scope.deps.sendEmail(db, {
      locale: await recipientLocale(db, { email: owner.email }),
      to: owner.email,
      idempotencyKey: `sign-up-attempt:${randomUUID()}`,
      template: "sign-up-attempt",
      props: { name: owner.name, signInUrl: new URL("/sign-in", appUrl).toString() },
    });
  }
  return { outcome: "exists" };
}

/**
 * What every new account gets, however it was opened (a password, an email link, an OAuth
 * provider): its own organization on the free tier, then the welcome (`user/signed-up`). A lead
 * with its address has converted: its nurture sequence stops (`lead/converted`).
 */
export async function setUpNewAccount(scope: UserScope, { name }: { name: string }) {
  const org = await createOrganization(scope, { name: `${firstName(name)}'s organization` });
  await scope.emit({ name: "user/signed-up", data: { userId: scope.actor.userId } });
  for (const leadId of await convertLeads(scope, { userId: scope.actor.userId })) {
    await scope.emit({ name: "lead/converted", data: { leadId } });
  }
  return org;
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;
