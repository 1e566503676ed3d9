import { leads, urlAnalyses } from "@arco/db/schema";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";

import { recipientLocale } from "../accounts/recipient-locale";
import type { SystemScope } from "../context";
import { convertLeads } from "./conversion";
import { reportUrlFor } from "./report";
import { NURTURE_DAYS, nextNurtureDay, nurtureDueAt } from "./schedule";
import type { NurtureDay } from "./schedule";
import { unsubscribeUrlFor } from "./unsubscribe";

/** Why the sequence ends for this lead: no later email will go out either. */
export type NurtureStopReason =
  "not-found" | "unsubscribed" | "inactive" | "no-consent" | "converted";

export type NurtureResult =
  | { sent: true }
  /** `already-sent`: this day's email went out before (a retried step); the sequence goes on. */
  | { sent: false; reason: NurtureStopReason | "already-sent" }
  /** The provider refused it; calling again with the same day retries the delivery. */
  | { sent: false; reason: "delivery-failed" };

/** Where each email's button leads; day 3 prefers the lead's own report when it was shared. */
function ctaUrlFor(appUrl: string, day: NurtureDay, shareToken: string | null) {
  switch (day) {
    case 3:
      return shareToken ? reportUrlFor(appUrl, shareToken) : new URL("/", appUrl).toString();
    case 7:
    case 30:
      return new URL("/sign-up", appUrl).toString();
    case 14:
      return new URL("/#pricing", appUrl).toString();
  }
}

/**
 * Sends the nurture email of `day` to the lead, once: the idempotency key is the lead and the
 * day, so a retried job step finds the first email. Before sending it checks that the lead still
 * wants it: never after an unsubscribe, and never once the address has an account (the lead has
 * converted, which ends the sequence).
 */
export async function sendNurtureEmail(
  scope: SystemScope,
  { leadId, day }: { leadId: string; day: NurtureDay },
): Promise<NurtureResult> {
  const { db, appUrl } = scope;
  if (!z.uuid().safeParse(leadId).success) return { sent: false, reason: "not-found" };
  const [lead] = await db
    .select({
      id: leads.id,
      email: leads.email,
      name: leads.name,
      consent: leads.consent,
      consentAt: leads.consentAt,
      nurtureStatus: leads.nurtureStatus,
      unsubscribedAt: leads.unsubscribedAt,
      createdAt: leads.createdAt,
      url: urlAnalyses.url,
      shareToken: urlAnalyses.shareToken,
    })
    .from(leads)
    .leftJoin(urlAnalyses, eq(urlAnalyses.id, leads.sourceAnalysisId))
    .where(eq(leads.id, leadId));
  if (!lead) return { sent: false, reason: "not-found" };
  if (lead.unsubscribedAt) return { sent: false, reason: "unsubscribed" };
  if (lead.nurtureStatus !== "active") return { sent: false, reason: "inactive" };
  if (!lead.consent || !lead.consentAt) return { sent: false, reason: "no-consent" };

  // Sign-up converts the lead already; an address that got its account by any other path since
  // is caught here, before the email.
  const converted = await convertLeads(scope, { leadId: lead.id });
  if (converted.length > 0) return { sent: false, reason: "converted" };

  const result = await scope.deps.sendEmail(db, {
    locale: await recipientLocale(db, { email: lead.email }),
    template: "nurture",
    props: {
      day,
      name: lead.name,
      url: lead.url,
      ctaUrl: ctaUrlFor(appUrl, day, lead.shareToken),
      unsubscribeUrl: unsubscribeUrlFor(appUrl, lead),
    },
    to: lead.email,
    idempotencyKey: `nurture:${lead.id}:day-${day}`,
  });
  if (result.status === "failed") return { sent: false, reason: "delivery-failed" };

  const step = NURTURE_DAYS.indexOf(day) + 1;
  const next = nextNurtureDay(day);
  await db
    .update(leads)
    .set({
      nurtureStep: sql`greatest(${leads.nurtureStep}, ${step})`,
      ...(next
        ? { nextNurtureAt: nurtureDueAt(lead.consentAt, next) }
        : { nurtureStatus: "completed" as const, nextNurtureAt: null }),
    })
    // An unsubscribe or cancellation that landed meanwhile keeps its status.
    .where(
      and(eq(leads.id, lead.id), eq(leads.nurtureStatus, "active"), isNull(leads.unsubscribedAt)),
    );
  return result.duplicate ? { sent: false, reason: "already-sent" } : { sent: true };
}
