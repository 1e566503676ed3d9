import { creditPacks, plans } from "@arco/db/schema";
import type { Stripe } from "@arco/payments";
import { and, eq } from "drizzle-orm";

import { recipientLocale } from "../accounts/recipient-locale";
import { recordAudit } from "../audit";
import type { OrgScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { assertMayBill, callStripe, requireStripe } from "./access";
import { customerOf } from "./customer";
import { liveSubscription } from "./live";
import type { Interval } from "./lookup-keys";

type PaidTier = "basic" | "pro";

const billingPage = (scope: OrgScope, outcome?: string) =>
  new URL(`/dashboard/billing${outcome ? `?checkout=${outcome}` : ""}`, scope.appUrl).toString();

/** Who sent the organization to Stripe, and for what: the page itself changes nothing yet. */
const audited = async (scope: OrgScope, action: string, after: Record<string, unknown>) => {
  await recordAudit(scope.db, scope.actor, {
    orgId: scope.orgId,
    action,
    resourceType: "organization",
    resourceId: scope.orgId,
    after,
  });
};

/** Retried clicks within the same minute reuse the session Stripe already made. */
const minuteOf = (scope: OrgScope) => Math.floor(scope.now().getTime() / 60_000);

/**
 * Where an owner goes to subscribe to `tier`: Stripe Checkout for a first subscription; the
 * Customer Portal, on a confirmation of the change, when one is already running (upgrades and
 * downgrades keep one subscription, prorated by Stripe).
 */
export async function startCheckout(
  scope: OrgScope,
  { tier, interval }: { tier: PaidTier; interval: Interval },
): Promise<{ url: string }> {
  assertMayBill(scope);
  const stripe = requireStripe(scope);
  const [plan] = await scope.db
    .select()
    .from(plans)
    .where(and(eq(plans.tier, tier), eq(plans.isActive, true)));
  const priceId = interval === "month" ? plan?.stripeMonthlyPriceId : plan?.stripeYearlyPriceId;
  if (!plan || !priceId) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "This plan cannot be bought online yet. Ask the agency to run the billing sync.",
    );
  }
  const live = await liveSubscription(scope.db, scope.orgId);
  const customer = await customerOf(scope, stripe);
  if (live?.stripeSubscriptionId) {
    if (live.stripePriceId === priceId) {
      throw new ServiceError("CONFLICT", "The organization is already on this plan.");
    }
    const change = await changeInPortal(scope, stripe, {
      customer,
      subscriptionId: live.stripeSubscriptionId,
      priceId,
    });
    await audited(scope, "billing.changeStarted", { tier, interval });
    return change;
  }
  if (live) {
    throw new ServiceError(
      "CONFLICT",
      "This organization's plan is set by a contract with the agency. Ask the agency to change it.",
    );
  }
  const session = await checkoutSession(scope, stripe, {
    customer,
    priceId,
    mode: "subscription",
    metadata: {},
    success: "success",
  });
  await audited(scope, "billing.checkoutStarted", { tier, interval, session: session.id });
  return { url: session.url };
}

/**
 * A Checkout session for the organization's customer, in the payer's language, coming back to
 * the billing page. A second click within the same minute gets the same session.
 */
async function checkoutSession(
  scope: OrgScope,
  stripe: Stripe,
  {
    customer,
    priceId,
    mode,
    metadata,
    success,
  }: {
    customer: string;
    priceId: string;
    mode: "subscription" | "payment";
    metadata: Record<string, string>;
    success: "success" | "topped-up";
  },
) {
  const locale = await recipientLocale(scope.db, {
    userId: scope.actor.userId,
    orgId: scope.orgId,
  });
  const session = await callStripe(() =>
    stripe.checkout.sessions.create(
      {
        mode,
        customer,
        client_reference_id: scope.orgId,
        line_items: [{ price: priceId, quantity: 1 }],
        metadata: { orgId: scope.orgId, ...metadata },
        ...(mode === "subscription" && {
          subscription_data: { metadata: { orgId: scope.orgId } },
          allow_promotion_codes: true,
        }),
        locale,
        success_url: billingPage(scope, success),
        cancel_url: billingPage(scope, "cancelled"),
      },
      { idempotencyKey: `checkout:${scope.orgId}:${priceId}:${minuteOf(scope)}` },
    ),
  );
  if (!session.url) throw unreachable();
  return { id: session.id, url: session.url };
}

const unreachable = () =>
  new ServiceError("UNAVAILABLE", "Stripe could not be reached. Try again in a moment.");

async function changeInPortal(
  scope: OrgScope,
  stripe: Stripe,
  {
    customer,
    subscriptionId,
    priceId,
  }: { customer: string; subscriptionId: string; priceId: string },
) {
  const subscription = await callStripe(() => stripe.subscriptions.retrieve(subscriptionId));
  const item = subscription.items.data[0];
  if (!item) throw notFound("Subscription");
  const session = await callStripe(() =>
    stripe.billingPortal.sessions.create({
      customer,
      return_url: billingPage(scope),
      flow_data: {
        type: "subscription_update_confirm",
        subscription_update_confirm: {
          subscription: subscriptionId,
          items: [{ id: item.id, price: priceId, quantity: 1 }],
        },
        after_completion: {
          type: "redirect",
          redirect: { return_url: billingPage(scope, "changed") },
        },
      },
    }),
  );
  return { url: session.url };
}

/** Buying a pack of credits once, through Checkout; the webhook adds them when it is paid. */
export async function startTopUp(scope: OrgScope, { packId }: { packId: string }) {
  assertMayBill(scope);
  const stripe = requireStripe(scope);
  const [pack] = await scope.db
    .select()
    .from(creditPacks)
    .where(and(eq(creditPacks.id, packId), eq(creditPacks.isActive, true)));
  if (!pack) throw notFound("Credit pack");
  if (!pack.stripePriceId) {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "This pack cannot be bought online yet. Ask the agency to run the billing sync.",
    );
  }
  const customer = await customerOf(scope, stripe);
  const session = await checkoutSession(scope, stripe, {
    customer,
    priceId: pack.stripePriceId,
    mode: "payment",
    metadata: { packId: pack.id, credits: String(pack.credits) },
    success: "topped-up",
  });
  await audited(scope, "billing.topUpStarted", { credits: pack.credits, session: session.id });
  return { url: session.url };
}

/**
 * The Customer Portal: payment methods, invoices, cancelling — or straight to one of those
 * (`flow`) from a button of the billing page.
 */
export async function openPortal(
  scope: OrgScope,
  { flow }: { flow?: "payment-method" | "cancel" } = {},
): Promise<{ url: string }> {
  assertMayBill(scope);
  const stripe = requireStripe(scope);
  const customer = await customerOf(scope, stripe);
  const live = flow === "cancel" ? await liveSubscription(scope.db, scope.orgId) : null;
  if (flow === "cancel" && !live?.stripeSubscriptionId) {
    throw new ServiceError("PRECONDITION_FAILED", "There is no subscription to cancel.");
  }
  const flowData: Stripe.BillingPortal.SessionCreateParams.FlowData | undefined =
    flow === "payment-method"
      ? { type: "payment_method_update" }
      : live?.stripeSubscriptionId
        ? {
            type: "subscription_cancel",
            subscription_cancel: { subscription: live.stripeSubscriptionId },
          }
        : undefined;
  const session = await callStripe(() =>
    stripe.billingPortal.sessions.create({
      customer,
      return_url: billingPage(scope),
      ...(flowData && { flow_data: flowData }),
    }),
  );
  await audited(scope, "billing.portalOpened", { flow: flow ?? null });
  return { url: session.url };
}
