import type { Transaction } from "@arco/db";
import { memberships, notifications, organizations, plans, users } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import { recipientLocale } from "../accounts/recipient-locale";
import type { SystemScope } from "../context";

/**
 * Tells every owner that a payment failed: in the app, and by email (a billing email is never
 * optional). One of each per invoice and owner, however often Stripe sends the event.
 */
export async function notifyPaymentFailed(
  scope: SystemScope,
  tx: Transaction,
  {
    orgId,
    planId,
    graceEndsAt,
    invoiceId,
  }: { orgId: string; planId: string; graceEndsAt: Date; invoiceId: string },
) {
  const [about] = await tx
    .select({ orgName: organizations.name, planName: plans.name })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, planId))
    .where(eq(organizations.id, orgId));
  if (!about) return;
  const owners = await tx
    .select({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "owner")));
  const link = "/dashboard/billing";
  const date = graceEndsAt.toISOString().slice(0, 10);
  for (const owner of owners) {
    const key = `payment-failed:${invoiceId}`;
    await tx
      .insert(notifications)
      .values({
        orgId,
        userId: owner.userId,
        kind: "billing.payment-failed",
        title: `The payment for the ${about.planName} plan failed`,
        body: `Update the payment method by ${date} to keep the plan. After that the organization moves to the Free plan.`,
        link,
        dedupeKey: key,
      })
      .onConflictDoNothing();
    await scope.deps.sendEmail(tx, {
      locale: await recipientLocale(tx, { userId: owner.userId, orgId }),
      template: "payment-failed",
      props: {
        orgName: about.orgName,
        planName: about.planName,
        graceEndsAt,
        billingUrl: new URL(link, scope.appUrl).toString(),
      },
      to: owner.email,
      idempotencyKey: `${key}:${owner.userId}`,
      orgId,
    });
  }
}
