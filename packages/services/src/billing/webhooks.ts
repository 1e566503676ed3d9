import type { DbOrTx, Transaction } from "@arco/db";
import { organizations, plans, stripeEvents, subscriptions } from "@arco/db/schema";
import { logger } from "@arco/log";
import type { Stripe } from "@arco/payments";
import { paymentsConfig } from "@arco/payments";
import { and, eq, isNull, ne, or, inArray } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { SystemScope } from "../context";
import { inOrg, within } from "../context";
import { addCredits } from "../credits";
import { LIVE_STATUSES } from "./live";
import { tierOfProduct } from "./lookup-keys";
import { notifyPaymentFailed } from "./notify";
import { followSubscriptions } from "./plan";

const log = logger.child({ module: "billing.webhooks" });

export type WebhookOutcome = "applied" | "duplicate" | "ignored";

/**
 * Applies one verified Stripe event, exactly once: the event's id is stored in the same
 * transaction that applies it, so a redelivery (Stripe delivers at least once) finds it and
 * changes nothing, and two deliveries at once wait for each other on the id. An event about an
 * organization Arco does not know is stored and ignored.
 */
export async function receiveStripeEvent(
  scope: SystemScope,
  event: Stripe.Event,
): Promise<WebhookOutcome> {
  return scope.db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, createdAt: new Date(event.created * 1000) })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (!fresh) return "duplicate";
    return apply(within(scope, tx), tx, event);
  });
}

async function apply(scope: SystemScope, tx: Transaction, event: Stripe.Event) {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return applySubscription(scope, tx, event.data.object, at);
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return applyCheckout(scope, tx, event.data.object);
    case "invoice.paid":
      return applyInvoicePaid(tx, event.data.object);
    case "invoice.payment_failed":
      return applyPaymentFailed(scope, tx, event.data.object);
    case "customer.updated":
      return (await linkCustomer(tx, event.data.object)) ? "applied" : "ignored";
    case "customer.deleted":
      await tx
        .update(organizations)
        .set({ stripeCustomerId: null })
        .where(eq(organizations.stripeCustomerId, event.data.object.id));
      return "applied";
    default:
      return "ignored";
  }
}

const idOf = (value: string | { id: string } | null | undefined) =>
  value == null ? null : typeof value === "string" ? value : value.id;

/** The organization a Stripe customer belongs to, locked for the rest of the transaction. */
async function orgOfCustomer(tx: Transaction, customer: string | { id: string } | null) {
  const customerId = idOf(customer);
  if (!customerId) return null;
  const [org] = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.stripeCustomerId, customerId))
    .for("update");
  return org ?? null;
}

type Status = (typeof subscriptions.$inferSelect)["status"];

/** Stripe's statuses in the few Arco keeps; one Stripe adds later reads as not yet paid. */
const statuses: Record<string, Status> = {
  trialing: "trialing",
  active: "active",
  past_due: "past_due",
  unpaid: "past_due",
  canceled: "canceled",
  incomplete_expired: "canceled",
  incomplete: "incomplete",
  paused: "paused",
};
const statusOf = (status: Stripe.Subscription.Status): Status => statuses[status] ?? "incomplete";

/**
 * A subscription's state as the event shows it. Stripe sends events out of order: a row that
 * already holds a newer event's state is left alone, so `updated` before `created` ends in the
 * updated state. Whatever changes, the organization's plan then follows.
 */
async function applySubscription(
  scope: SystemScope,
  tx: Transaction,
  subscription: Stripe.Subscription,
  at: Date,
): Promise<WebhookOutcome> {
  const org = await orgOfCustomer(tx, subscription.customer);
  if (!org) {
    log.warn({ subscription: subscription.id }, "A subscription of an unknown customer");
    return "ignored";
  }
  const item = subscription.items.data[0];
  if (!item) return "ignored";
  // A price replaced after a plan's price changed is on no plan any more, but its product still
  // names the plan: the subscribers who keep the old price stay on it.
  const { product } = item.price;
  const tier = tierOfProduct(typeof product === "string" ? product : product.id);
  const [plan] = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(
      or(
        eq(plans.stripeMonthlyPriceId, item.price.id),
        eq(plans.stripeYearlyPriceId, item.price.id),
        tier && eq(plans.tier, tier),
      ),
    );
  if (!plan) {
    // Stripe retries: once `pnpm billing:sync` has recorded the price, a redelivery applies.
    throw new Error(`The Stripe price ${item.price.id} is on no plan; run the billing sync.`);
  }
  const [stored] = await tx
    .select({ id: subscriptions.id, lastEventAt: subscriptions.lastStripeEventAt })
    .from(subscriptions)
    .where(eq(subscriptions.stripeSubscriptionId, subscription.id));
  if (stored?.lastEventAt && stored.lastEventAt > at) return "ignored";

  const status = statusOf(subscription.status);
  const live = (LIVE_STATUSES as readonly string[]).includes(status);
  if (live) {
    // One live subscription per organization: this one replaces any other (a contract set by
    // hand before the client subscribed online, an earlier subscription).
    await tx
      .update(subscriptions)
      .set({ status: "canceled", canceledAt: at })
      .where(
        and(
          eq(subscriptions.orgId, org.id),
          inArray(subscriptions.status, LIVE_STATUSES),
          or(
            isNull(subscriptions.stripeSubscriptionId),
            ne(subscriptions.stripeSubscriptionId, subscription.id),
          ),
        ),
      );
  }
  const values = {
    orgId: org.id,
    planId: plan.id,
    status,
    interval: item.price.recurring?.interval === "year" ? ("year" as const) : ("month" as const),
    stripeSubscriptionId: subscription.id,
    stripePriceId: item.price.id,
    currentPeriodStart: new Date(item.current_period_start * 1000),
    currentPeriodEnd: new Date(item.current_period_end * 1000),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    canceledAt: subscription.canceled_at ? new Date(subscription.canceled_at * 1000) : null,
    trialEndsAt: subscription.trial_end ? new Date(subscription.trial_end * 1000) : null,
    lastStripeEventAt: at,
    // Paid again, or over: no grace period runs.
    ...(status !== "past_due" && { graceEndsAt: null }),
    manualReason: null,
  };
  await tx
    .insert(subscriptions)
    .values(values)
    .onConflictDoUpdate({ target: subscriptions.stripeSubscriptionId, set: values });
  const moved = await followSubscriptions(tx, org.id, scope.now());
  if (moved.changed) {
    await recordAudit(tx, scope.actor, {
      orgId: org.id,
      action: "billing.planChanged",
      resourceType: "organization",
      resourceId: org.id,
      before: { planId: moved.from },
      after: { planId: moved.to, subscription: subscription.id, status },
    });
  }
  return "applied";
}

/**
 * Checkout finished. A subscription's checkout links the customer to the organization (the
 * subscription's own events set the plan); a paid top-up adds its credits, once per session.
 */
async function applyCheckout(
  scope: SystemScope,
  tx: Transaction,
  session: Stripe.Checkout.Session,
): Promise<WebhookOutcome> {
  const org = await orgOfCustomer(tx, session.customer);
  if (!org) return "ignored";
  if (session.mode !== "payment") return "applied";
  if (session.payment_status !== "paid") return "ignored";
  const credits = Number(session.metadata?.credits);
  if (!Number.isSafeInteger(credits) || credits <= 0) return "ignored";
  await addCredits(inOrg(scope, org.id), {
    type: "purchase",
    amount: credits,
    idempotencyKey: `checkout:${session.id}`,
    referenceType: "stripe_checkout_session",
    referenceId: session.id,
  });
  return "applied";
}

const subscriptionOfInvoice = (invoice: Stripe.Invoice) =>
  idOf(invoice.parent?.subscription_details?.subscription);

/** Paid: a grace period that was running ends (the subscription's own event sets its status). */
async function applyInvoicePaid(tx: DbOrTx, invoice: Stripe.Invoice): Promise<WebhookOutcome> {
  const subscriptionId = subscriptionOfInvoice(invoice);
  if (!subscriptionId) return "ignored";
  await tx
    .update(subscriptions)
    .set({ graceEndsAt: null })
    .where(eq(subscriptions.stripeSubscriptionId, subscriptionId));
  return "applied";
}

/**
 * A renewal was declined: the plan is kept for the grace period (from the first failure, not
 * each retry's), the owners are emailed, and the dashboard shows a banner until it is paid.
 */
async function applyPaymentFailed(
  scope: SystemScope,
  tx: Transaction,
  invoice: Stripe.Invoice,
): Promise<WebhookOutcome> {
  const subscriptionId = subscriptionOfInvoice(invoice);
  if (!subscriptionId) return "ignored";
  const graceEndsAt = new Date(scope.now().getTime() + paymentsConfig.graceDays * 86_400_000);
  const [subscription] = await tx
    .update(subscriptions)
    .set({ status: "past_due", graceEndsAt })
    .where(
      and(
        eq(subscriptions.stripeSubscriptionId, subscriptionId),
        inArray(subscriptions.status, LIVE_STATUSES),
        isNull(subscriptions.graceEndsAt),
      ),
    )
    .returning({ orgId: subscriptions.orgId, planId: subscriptions.planId });
  if (!subscription) return "applied";
  await notifyPaymentFailed(scope, tx, {
    orgId: subscription.orgId,
    planId: subscription.planId,
    graceEndsAt,
    invoiceId: invoice.id ?? subscriptionId,
  });
  return "applied";
}

/** A customer made outside a checkout (or before one) is linked by its `orgId` metadata. */
async function linkCustomer(tx: DbOrTx, customer: Stripe.Customer) {
  const orgId = customer.metadata?.orgId;
  if (!orgId || !/^[0-9a-f-]{36}$/i.test(orgId)) return false;
  const linked = await tx
    .update(organizations)
    .set({ stripeCustomerId: customer.id })
    .where(and(eq(organizations.id, orgId), isNull(organizations.stripeCustomerId)))
    .returning({ id: organizations.id });
  return linked.length > 0;
}
