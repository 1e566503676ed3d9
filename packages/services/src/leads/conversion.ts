import { leads, users } from "@arco/db/schema";
import { and, eq, isNull, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { PublicScope } from "../context";
import { stoppedNurture } from "./schedule";

/**
 * A lead whose address has an account has converted (the funnel's sign-up step): it is linked
 * to the user and dated, and its nurture sequence stops — its emails ask for a sign-up that
 * happened. Called when the account is created (`setUpNewAccount`), when a lead is captured
 * for an address that has one, and by the nurture step as a last check. A lead converts once:
 * a converted one is left as it is, so this returns the leads converted now, if any (an
 * address is one lead).
 */
export async function convertLeads(
  scope: PublicScope,
  match: { userId: string } | { leadId: string },
): Promise<string[]> {
  return scope.db.transaction(async (tx) => {
    const converted = await tx
      .update(leads)
      .set({ convertedUserId: sql`${users.id}`, convertedAt: scope.now(), ...stoppedNurture() })
      .where(
        and(
          sql`lower(${users.email}) = lower(${leads.email})`,
          isNull(leads.convertedAt),
          "userId" in match ? eq(users.id, match.userId) : eq(leads.id, match.leadId),
        ),
      )
      .from(users)
      .returning({ id: leads.id, userId: users.id });
    for (const lead of converted) {
      await recordAudit(tx, scope.actor, {
        orgId: null,
        action: "leads.convert",
        resourceType: "lead",
        resourceId: lead.id,
        after: { userId: lead.userId },
      });
    }
    return converted.map((lead) => lead.id);
  });
}
