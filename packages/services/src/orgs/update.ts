import type { DbOrTx } from "@arco/db";
import { organizations } from "@arco/db/schema";
import { eq } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { notFound } from "../errors";

export async function updateOrganization(
  db: DbOrTx,
  actor: Actor,
  orgId: string,
  input: { name: string },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for("update");
    if (!before) throw notFound("Organization");
    const [org] = await tx
      .update(organizations)
      .set({ name: input.name })
      .where(eq(organizations.id, orgId))
      .returning({ id: organizations.id, name: organizations.name });
    await recordAudit(tx, actor, {
      orgId,
      action: "orgs.update",
      resourceType: "organization",
      resourceId: orgId,
      before,
      after: { name: input.name },
    });
    return org!;
  });
}
