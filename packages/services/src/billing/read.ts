import { creditPacks, plans, subscriptions } from "@arco/db/schema";
import type { Stripe } from "@arco/payments";
import { and, asc, desc, eq } from "drizzle-orm";

import type { OrgScope, ServiceContext } from "../context";
import { notFound } from "../errors";
import { assertMayBill, callStripe } from "./access";
import { LIVE_STATUSES } from "./live";

/**
 * The billing page's Arco-side half: whether Stripe is configured, the plan and its live
 * subscription (or the last one), the plans that can be chosen and the credit packs on sale.
 */
export async function billingOverview(scope: OrgScope) {
  assertMayBill(scope);
  return billingState(scope, scope.orgId);
}

/** The same for any organization: its billers' page, and agency staff's view of a client. */
export async function billingState(scope: ServiceContext, orgId: string) {
  const { db } = scope;
  const [current, history, choices, packs] = await Promise.all([
    db.query.organizations.findFirst({
      where: (o, { eq }) => eq(o.id, orgId),
      columns: { name: true, stripeCustomerId: true },
      with: { plan: true },
    }),
    db
      .select({
        id: subscriptions.id,
        status: subscriptions.status,
        interval: subscriptions.interval,
        planName: plans.name,
        tier: plans.tier,
        currentPeriodStart: subscriptions.currentPeriodStart,
        currentPeriodEnd: subscriptions.currentPeriodEnd,
        cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
        canceledAt: subscriptions.canceledAt,
        graceEndsAt: subscriptions.graceEndsAt,
        manualReason: subscriptions.manualReason,
        viaStripe: subscriptions.stripeSubscriptionId,
        createdAt: subscriptions.createdAt,
      })
      .from(subscriptions)
      .innerJoin(plans, eq(plans.id, subscriptions.planId))
      .where(eq(subscriptions.orgId, orgId))
      .orderBy(desc(subscriptions.createdAt))
      .limit(12),
    db
      .select({
        tier: plans.tier,
        name: plans.name,
        description: plans.description,
        currency: plans.currency,
        priceMonthlyCents: plans.priceMonthlyCents,
        priceYearlyCents: plans.priceYearlyCents,
        monthlyCredits: plans.monthlyCredits,
        ticketsPerMonth: plans.ticketsPerMonth,
        storageBytes: plans.storageBytes,
        maxProjects: plans.maxProjects,
        maxDomains: plans.maxDomains,
        maxMembers: plans.maxMembers,
        responseSlaHours: plans.responseSlaHours,
        onSale: plans.stripeMonthlyPriceId,
      })
      .from(plans)
      .where(eq(plans.isActive, true))
      .orderBy(asc(plans.sortOrder)),
    db
      .select({
        id: creditPacks.id,
        credits: creditPacks.credits,
        currency: creditPacks.currency,
        priceCents: creditPacks.priceCents,
        onSale: creditPacks.stripePriceId,
      })
      .from(creditPacks)
      .where(eq(creditPacks.isActive, true))
      .orderBy(asc(creditPacks.credits)),
  ]);
  const live = history.find((s) => (LIVE_STATUSES as readonly string[]).includes(s.status));
  const stripeConfigured = scope.deps.stripe !== null;
  const row = (s: (typeof history)[number]) => {
    const { viaStripe, ...rest } = s;
    return { ...rest, viaStripe: viaStripe !== null };
  };
  if (!current) throw notFound("Organization");
  return {
    stripeConfigured,
    orgName: current.name,
    plan: current.plan,
    subscription: live ? row(live) : null,
    history: history.map(row),
    plans: choices.map(({ onSale, ...p }) => ({ ...p, onSale: stripeConfigured && !!onSale })),
    packs: packs.map(({ onSale, ...p }) => ({ ...p, onSale: stripeConfigured && !!onSale })),
    hasCustomer: current.stripeCustomerId !== null,
  };
}

/**
 * The billing page's Stripe-side half: the next invoice, the default payment method and the
 * latest invoices with their hosted pages and PDFs. Null without Stripe or before the first
 * payment; UNAVAILABLE when Stripe cannot be reached (the rest of the page still shows).
 */
export async function billingAccount(scope: OrgScope) {
  assertMayBill(scope);
  const stripe = scope.deps.stripe;
  const org = await scope.db.query.organizations.findFirst({
    where: (o, { eq }) => eq(o.id, scope.orgId),
    columns: { stripeCustomerId: true },
  });
  const customerId = org?.stripeCustomerId;
  if (!stripe || !customerId) return null;
  const [customer, invoices, upcoming] = await callStripe(() =>
    Promise.all([
      stripe.customers.retrieve(customerId, {
        expand: ["invoice_settings.default_payment_method"],
      }),
      stripe.invoices.list({ customer: customerId, limit: 12 }),
      stripe.invoices.createPreview({ customer: customerId }).catch(() => null),
    ]),
  );
  return {
    paymentMethod: "deleted" in customer && customer.deleted ? null : cardOf(customer),
    nextInvoice: upcoming
      ? {
          amountDue: upcoming.amount_due,
          currency: upcoming.currency,
          at: new Date((upcoming.next_payment_attempt ?? upcoming.period_end) * 1000),
        }
      : null,
    invoices: invoices.data.map((invoice) => ({
      id: invoice.id ?? "",
      number: invoice.number,
      status: invoice.status,
      amountDue: invoice.amount_due,
      amountPaid: invoice.amount_paid,
      currency: invoice.currency,
      createdAt: new Date(invoice.created * 1000),
      hostedUrl: invoice.hosted_invoice_url ?? null,
      pdfUrl: invoice.invoice_pdf ?? null,
    })),
  };
}

function cardOf(customer: Stripe.Customer) {
  const method = customer.invoice_settings.default_payment_method;
  if (!method || typeof method === "string" || !method.card) return null;
  const { brand, last4, exp_month, exp_year } = method.card;
  return { brand, last4, expMonth: exp_month, expYear: exp_year };
}

/**
 * What every dashboard page must say about billing: a failed payment and until when the plan
 * is kept. Read by members of every role (the banner tells them to ask an owner).
 */
export async function billingNotice({ db, orgId }: OrgScope) {
  const [late] = await db
    .select({ graceEndsAt: subscriptions.graceEndsAt, planName: plans.name })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .where(and(eq(subscriptions.orgId, orgId), eq(subscriptions.status, "past_due")))
    .limit(1);
  return late ? { pastDue: true as const, ...late } : null;
}
