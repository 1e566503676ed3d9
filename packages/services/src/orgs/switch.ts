import type { DbOrTx } from "@arco/db";
import { users } from "@arco/db/schema";
import { eq } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { notFound } from "../errors";
import { loadMembership } from "./memberships";

/** Makes `orgId` the user's active organization; only one they belong to. */
export async function switchOrganization(db: DbOrTx, actor: Actor, orgId: string) {
  if (!(await loadMembership(db, { userId: actor.userId, orgId }))) throw notFound("Organization");
  await db.transaction(async (tx) => {
    await tx.update(users).set({ activeOrgId: orgId }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      orgId,
      action: "orgs.switch",
      resourceType: "user",
      resourceId: actor.userId,
    });
  });
  return { orgId };
}
