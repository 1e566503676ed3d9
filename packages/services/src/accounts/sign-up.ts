import type { DbOrTx } from "@arco/db";
import { users } from "@arco/db/schema";

import { recordAudit } from "../audit";
import { ServiceError } from "../errors";
import { createOrganization } from "../orgs/create";
import { normalizeEmail } from "./normalize";
import { hashPassword } from "./password";

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

/**
 * Creates the account and the user's own organization on the free tier, with them as owner,
 * in one transaction. The caller starts the welcome and verification emails afterwards.
 */
export async function signUp(
  db: DbOrTx,
  input: SignUpInput,
  request: { ip?: string | null; userAgent?: string | null } = {},
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: normalizeEmail(input.email), passwordHash })
      .onConflictDoNothing()
      .returning();
    if (!user) throw new ServiceError("CONFLICT", "An account with this email already exists.");
    const actor = { userId: user.id, actorUserId: user.id, ...request };
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
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;
