import { creditLedger } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { recordAudit } from "../audit";
import type { StaffScope } from "../context";
import { within } from "../context";
import { inClientOrg } from "../orgs";
import { ServiceError, notFound } from "../errors";
import { addCredits } from "./ledger";
import type { EntryResult } from "./ledger";

/**
 * The agency's corrections to a client's credits. Each runs as the staff member working in the
 * client organization (role "staff") and is audited under it, in the same transaction as the
 * entry. A replayed request returns the entry it made the first time and is not audited again.
 */

function checkReason(reason: string) {
  const trimmed = typeof reason === "string" ? reason.trim() : "";
  if (trimmed.length < 3 || trimmed.length > 500) {
    throw new ServiceError("BAD_REQUEST", "Give a reason of 3 to 500 characters.");
  }
  return trimmed;
}

/**
 * Adds credits to a client (positive `amount`) or takes them away (negative; never below zero),
 * with the reason as the entry's description. The key is the caller's, for a retried request.
 */
export async function adjustCredits(
  scope: StaffScope,
  input: { clientOrgId: string; amount: number; reason: string; idempotencyKey: string },
): Promise<EntryResult> {
  const reason = checkReason(input.reason);
  const client = await inClientOrg(scope, input.clientOrgId);
  return scope.db.transaction(async (tx) => {
    const result = await addCredits(within(client, tx), {
      type: "adjustment",
      amount: input.amount,
      // Namespaced, so a staff key can never collide with a grant's or a refund's.
      idempotencyKey: `adjustment:${input.idempotencyKey}`,
      referenceType: "staff",
      description: reason,
    });
    if (!result.replayed) {
      await recordAudit(tx, scope.actor, {
        orgId: client.orgId,
        action: "admin.credits.adjust",
        resourceType: "credit_ledger",
        resourceId: result.entry.id,
        after: { amount: result.entry.amount, balanceAfter: result.entry.balanceAfter, reason },
      });
    }
    return result;
  });
}

/**
 * Gives a client back the credits of one `usage` entry of theirs, once (key
 * `refund:<entryId>`): a second refund of the same entry returns the first. Another
 * organization's entry, or none, is NOT_FOUND.
 */
export async function refundDebit(
  scope: StaffScope,
  input: { clientOrgId: string; entryId: string; reason: string },
): Promise<EntryResult> {
  const reason = checkReason(input.reason);
  const client = await inClientOrg(scope, input.clientOrgId);
  const [debit] = z.uuid().safeParse(input.entryId).success
    ? await scope.db
        .select({ id: creditLedger.id, type: creditLedger.type, amount: creditLedger.amount })
        .from(creditLedger)
        .where(and(eq(creditLedger.id, input.entryId), eq(creditLedger.orgId, client.orgId)))
    : [];
  if (!debit) throw notFound("Credit entry");
  if (debit.type !== "usage") {
    throw new ServiceError("BAD_REQUEST", "Only credits spent on usage can be refunded.");
  }
  return scope.db.transaction(async (tx) => {
    const result = await addCredits(within(client, tx), {
      type: "refund",
      amount: -debit.amount,
      idempotencyKey: `refund:${debit.id}`,
      referenceType: "credit_ledger",
      referenceId: debit.id,
      description: reason,
    });
    if (!result.replayed) {
      await recordAudit(tx, scope.actor, {
        orgId: client.orgId,
        action: "admin.credits.refund",
        resourceType: "credit_ledger",
        resourceId: result.entry.id,
        before: { entryId: debit.id, amount: debit.amount },
        after: { amount: result.entry.amount, balanceAfter: result.entry.balanceAfter, reason },
      });
    }
    return result;
  });
}
