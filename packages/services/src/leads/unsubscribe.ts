import { createHash, timingSafeEqual } from "node:crypto";

import { leads } from "@arco/db/schema";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";

import { recordAudit } from "../audit";
import type { PublicScope } from "../context";
import { notFound } from "../errors";
import { stoppedNurture } from "./schedule";

/**
 * The unsubscribe link's token: `<lead id>.<base64url SHA-256 of "<lead id>:<created at ISO>">`.
 *
 * Services hold no secret to sign with and the table has no token column, so the capability is
 * the lead id (a random UUID that only ever leaves the server inside these emails) bound to the
 * lead's creation time: the id alone, or a token for a deleted and re-created lead, opens
 * nothing. Anyone holding the email can unsubscribe its recipient, which is what the link is for.
 */
export function unsubscribeTokenFor(lead: { id: string; createdAt: Date }) {
  return `${lead.id}.${digestOf(lead)}`;
}

const digestOf = (lead: { id: string; createdAt: Date }) =>
  createHash("sha256").update(`${lead.id}:${lead.createdAt.toISOString()}`).digest("base64url");

export const unsubscribeUrlFor = (appUrl: string, lead: { id: string; createdAt: Date }) =>
  new URL(`/unsubscribe/${unsubscribeTokenFor(lead)}`, appUrl).toString();

const tokenSchema = z.string().regex(/^[0-9a-f-]{36}\.[\w-]{43}$/i);

/**
 * Stops every marketing email to the lead the token names. Idempotent: a second click keeps the
 * first date. A malformed, forged or stale token is NOT_FOUND, revealing nothing about the lead.
 */
export async function unsubscribeLead(
  scope: PublicScope,
  { token }: { token: string },
): Promise<{ unsubscribedAt: Date; alreadyUnsubscribed: boolean }> {
  const { db, actor } = scope;
  const missing = notFound("This unsubscribe link");
  if (!tokenSchema.safeParse(token).success) throw missing;
  const [leadId, digest] = token.split(".") as [string, string];
  if (!z.uuid().safeParse(leadId).success) throw missing;

  const [lead] = await db
    .select({ id: leads.id, createdAt: leads.createdAt, unsubscribedAt: leads.unsubscribedAt })
    .from(leads)
    .where(eq(leads.id, leadId));
  if (!lead) throw missing;
  const expected = Buffer.from(digestOf(lead));
  const given = Buffer.from(digest);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw missing;
  if (lead.unsubscribedAt)
    return { unsubscribedAt: lead.unsubscribedAt, alreadyUnsubscribed: true };

  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(leads)
      .set({
        unsubscribedAt: sql`coalesce(${leads.unsubscribedAt}, now())`,
        ...stoppedNurture(),
      })
      .where(eq(leads.id, lead.id))
      .returning({ unsubscribedAt: leads.unsubscribedAt });
    await recordAudit(tx, actor, {
      orgId: null,
      action: "leads.unsubscribe",
      resourceType: "lead",
      resourceId: lead.id,
    });
    return row;
  });
  if (!updated?.unsubscribedAt) throw missing;
  return { unsubscribedAt: updated.unsubscribedAt, alreadyUnsubscribed: false };
}
