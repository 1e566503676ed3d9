/**
 * Billing against the real Postgres and the real Stripe SDK, pointed at a local server that
 * plays Stripe's endpoints (`@arco/payments/testing`): the catalogue sync, checkout, the
 * webhooks' state changes and the plan that follows them.
 */
import {
  auditLogs,
  creditLedger,
  emailOutbox,
  organizations,
  plans,
  stripeEvents,
  subscriptions,
} from "@arco/db/schema";
import { seed, seedId } from "@arco/db/seed";
import {
  createDomain,
  createOrg,
  tierOf as tierOfOrg,
  createProject,
  createUser,
  useTestDb,
} from "@arco/db/testing";
import { createStripe } from "@arco/payments";
import type { Stripe } from "@arco/payments";
import { startStripeStandIn } from "@arco/payments/testing";
import type { StripeEventJson, StripeStandIn } from "@arco/payments/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  billingAccount,
  billingNotice,
  billingOverview,
  endLapsedGracePeriods,
  openPortal,
  receiveStripeEvent,
  setPlanByHand,
  startCheckout,
  startTopUp,
  syncStripeCatalogue,
} from "../src/billing";
import { grantMonthlyCredits } from "../src/credits";
import { deleteDomain, listDomains, updateDomain } from "../src/domains";
import { updateProject } from "../src/projects";
import { orgScope, staffScope, systemScope } from "../src/testing";
import { actorFor } from "./helpers";

const testDb = useTestDb();
let standIn: StripeStandIn;
let stripe: Stripe;
const DAY = 86_400_000;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  stripe = createStripe({ secretKey: "sk_test_arco", apiUrl: standIn.url });
  await syncStripeCatalogue(testDb().db, stripe);
});
afterAll(() => standIn.close());

const withStripe = {
  get deps() {
    return { stripe };
  },
};
const system = (now?: () => Date) => systemScope(testDb().db, { deps: { stripe }, now });

async function freeOrg() {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier: "free", owner });
  const scope = orgScope(db, actorFor(owner), org.id, withStripe);
  return { owner, org, scope };
}

const deliver = async (events: StripeEventJson[], now?: () => Date) => {
  const outcomes = [];
  for (const event of events) {
    outcomes.push(await receiveStripeEvent(system(now), event as unknown as Stripe.Event));
  }
  return outcomes;
};

const tierOf = (orgId: string) => tierOfOrg(testDb().db, orgId);

const sessionIdOf = (url: string) => url.split("/").pop()!;

/** A free organization that subscribed to `tier` through Checkout, the webhooks applied. */
async function subscribed(tier: "basic" | "pro" = "pro") {
  const setup = await freeOrg();
  const { url } = await startCheckout(setup.scope, { tier, interval: "month" });
  const events = standIn.completeCheckout(sessionIdOf(url));
  await deliver(events);
  const subscriptionId = standIn
    .list("subscription")
    .find((s) => s.customer === standIn.get(sessionIdOf(url))!.customer)!.id;
  return { ...setup, events, subscriptionId };
}

describe("the plan catalogue on Stripe", () => {
  it("has a product per paid plan and a price per interval, found by lookup key", async () => {
    const [pro] = await testDb().db.select().from(plans).where(eq(plans.tier, "pro"));
    const monthly = standIn.get(pro!.stripeMonthlyPriceId!)!;
    expect(monthly).toMatchObject({
      product: "arco_plan_pro",
      currency: "brl",
      unit_amount: 89700,
      recurring: { interval: "month" },
      lookup_key: "arco_plan_pro_month_brl",
    });
    expect(standIn.get(pro!.stripeYearlyPriceId!)).toMatchObject({
      unit_amount: 897000,
      lookup_key: "arco_plan_pro_year_brl",
    });
    // Free has nothing to buy; Enterprise is priced by contract.
    expect(standIn.get("arco_plan_free")).toBeUndefined();
    expect(standIn.get("arco_plan_enterprise")).toBeUndefined();
    expect(standIn.list("price").filter((p) => p.type === "one_time")).toHaveLength(3);
  });

  it("changes nothing when synced again", async () => {
    const before = standIn.list("price").length;
    const lines = await syncStripeCatalogue(testDb().db, stripe);
    expect(lines.every((line) => line.action === "unchanged")).toBe(true);
    expect(standIn.list("price")).toHaveLength(before);
  });

  it("replaces a price whose amount changed and archives the old one", async () => {
    const { db } = testDb();
    const [basic] = await db.select().from(plans).where(eq(plans.tier, "basic"));
    await db.update(plans).set({ priceMonthlyCents: 31900 }).where(eq(plans.id, basic!.id));
    try {
      const lines = await syncStripeCatalogue(db, stripe);
      expect(lines).toContainEqual({ item: "price arco_plan_basic_month_brl", action: "updated" });
      const [after] = await db.select().from(plans).where(eq(plans.id, basic!.id));
      expect(after!.stripeMonthlyPriceId).not.toBe(basic!.stripeMonthlyPriceId);
      expect(standIn.get(after!.stripeMonthlyPriceId!)).toMatchObject({
        unit_amount: 31900,
        lookup_key: "arco_plan_basic_month_brl",
        active: true,
      });
      expect(standIn.get(basic!.stripeMonthlyPriceId!)).toMatchObject({
        active: false,
        lookup_key: null,
      });
    } finally {
      await db.update(plans).set({ priceMonthlyCents: 29700 }).where(eq(plans.id, basic!.id));
      await syncStripeCatalogue(db, stripe);
    }
  });
});

describe("subscribing through Checkout", () => {
  it("sends the owner to a Checkout session for the plan, as the organization's customer", async () => {
    const { org, scope } = await freeOrg();
    const { url } = await startCheckout(scope, { tier: "pro", interval: "year" });
    const session = standIn.get(sessionIdOf(url))!;
    const [pro] = await testDb().db.select().from(plans).where(eq(plans.tier, "pro"));
    expect(session).toMatchObject({
      mode: "subscription",
      client_reference_id: org.id,
      line_items: [{ price: pro!.stripeYearlyPriceId, quantity: "1" }],
      success_url: "http://localhost:3000/dashboard/billing?checkout=success",
    });
    const customer = standIn.get(session.customer as string)!;
    expect(customer.metadata).toEqual({ orgId: org.id });
    const [row] = await testDb()
      .db.select({ customer: organizations.stripeCustomerId })
      .from(organizations)
      .where(eq(organizations.id, org.id));
    expect(row!.customer).toBe(customer.id);
    // Nothing changes until Stripe says it was paid.
    expect(await tierOf(org.id)).toBe("free");
  });

  it("makes one customer however often the owner clicks", async () => {
    const { scope } = await freeOrg();
    const first = await startCheckout(scope, { tier: "pro", interval: "month" });
    const second = await startCheckout(scope, { tier: "basic", interval: "month" });
    expect(standIn.get(sessionIdOf(first.url))!.customer).toBe(
      standIn.get(sessionIdOf(second.url))!.customer,
    );
  });

  it("is for owners and admins only: not members nor agency staff in the organization", async () => {
    const { db } = testDb();
    const { owner, org } = await freeOrg();
    const someone = actorFor(owner);
    for (const role of ["member", "viewer", "staff"] as const) {
      await expect(
        startCheckout(orgScope(db, someone, org.id, { ...withStripe, role }), {
          tier: "pro",
          interval: "month",
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // Staff acting as the owner see what the owner sees (the API refuses them every change).
    const impersonating = { ...someone, impersonationId: crypto.randomUUID() };
    expect((await billingOverview(orgScope(db, impersonating, org.id, withStripe))).plan.tier).toBe(
      "free",
    );
  });

  it("says payments are not configured where Stripe is not", async () => {
    const { db } = testDb();
    const { owner, org } = await freeOrg();
    const scope = orgScope(db, actorFor(owner), org.id, { deps: { stripe: null } });
    await expect(startCheckout(scope, { tier: "pro", interval: "month" })).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/not configured/),
    });
    expect((await billingOverview(scope)).stripeConfigured).toBe(false);
    expect(await billingAccount(scope)).toBeNull();
  });

  it("moves the organization to the plan once the webhooks arrive, and lists the invoice", async () => {
    const { org, scope, subscriptionId } = await subscribed("pro");
    expect(await tierOf(org.id)).toBe("pro");
    const overview = await billingOverview(scope);
    expect(overview.subscription).toMatchObject({
      status: "active",
      tier: "pro",
      interval: "month",
      viaStripe: true,
    });
    const account = await billingAccount(scope);
    expect(account!.paymentMethod).toEqual({
      brand: "visa",
      last4: "4242",
      expMonth: 12,
      expYear: 2030,
    });
    expect(account!.invoices).toHaveLength(1);
    expect(account!.invoices[0]).toMatchObject({ status: "paid", amountPaid: 89700 });
    expect(account!.invoices[0]!.pdfUrl).toMatch(/\.pdf$/);
    expect(account!.nextInvoice).toMatchObject({ amountDue: 89700, currency: "brl" });
    const [row] = await testDb()
      .db.select()
      .from(subscriptions)
      .where(eq(subscriptions.stripeSubscriptionId, subscriptionId));
    expect(row!.orgId).toBe(org.id);
  });

  it("changes state once however often Stripe delivers the same event", async () => {
    const { db } = testDb();
    const { org, scope } = await freeOrg();
    const { url } = await startCheckout(scope, { tier: "pro", interval: "month" });
    const [created, ...rest] = standIn.completeCheckout(sessionIdOf(url));
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => deliver([created!])));
    expect(outcomes.flat().filter((o) => o === "applied")).toHaveLength(1);
    expect(outcomes.flat().filter((o) => o === "duplicate")).toHaveLength(9);
    await deliver(rest);
    expect(await db.$count(stripeEvents, eq(stripeEvents.id, created!.id))).toBe(1);
    expect(
      await db.$count(
        auditLogs,
        and(eq(auditLogs.orgId, org.id), eq(auditLogs.action, "billing.planChanged")),
      ),
    ).toBe(1);
    expect(await db.$count(subscriptions, eq(subscriptions.orgId, org.id))).toBe(1);
  });

  it("ends in the latest state when `updated` arrives before `created`", async () => {
    const { db } = testDb();
    const { org, scope } = await freeOrg();
    const { url } = await startCheckout(scope, { tier: "pro", interval: "month" });
    const [created, paid, completed] = standIn.completeCheckout(sessionIdOf(url));
    const subscriptionId = (created!.data.object as { id: string }).id;
    const [basic] = await db.select().from(plans).where(eq(plans.tier, "basic"));
    const [updated] = standIn.changeSubscription(subscriptionId, {
      priceId: basic!.stripeMonthlyPriceId!,
    });
    expect(await deliver([updated!, completed!, paid!, created!])).toEqual([
      "applied",
      "applied",
      "applied",
      "ignored",
    ]);
    expect(await tierOf(org.id)).toBe("basic");
    const [row] = await db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.stripeSubscriptionId, subscriptionId));
    expect(row!.stripePriceId).toBe(basic!.stripeMonthlyPriceId);
  });
});

describe("downgrades, failed payments and cancelling", () => {
  it("keeps every project on a downgrade, and the ones beyond the plan read-only", async () => {
    const { db } = testDb();
    const { org, scope, subscriptionId } = await subscribed("pro");
    const projects = [];
    for (let i = 0; i < 4; i++) {
      projects.push(
        await createProject(db, {
          orgId: org.id,
          name: `Site ${i}`,
          createdAt: new Date(Date.now() - (10 - i) * 60_000),
        }),
      );
    }
    const [basic] = await db.select().from(plans).where(eq(plans.tier, "basic"));
    await deliver(
      standIn.changeSubscription(subscriptionId, { priceId: basic!.stripeMonthlyPriceId! }),
    );
    expect(await tierOf(org.id)).toBe("basic");

    // Basic includes 3 projects: the three oldest stay editable, the newest is read-only.
    await updateProject(scope, { id: projects[2]!.id, name: "Still editable" });
    await expect(
      updateProject(scope, { id: projects[3]!.id, name: "Not any more" }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/beyond what your plan includes/),
    });

    // Domains too: Basic includes 3; the fourth is kept, read-only, and can still be deleted.
    const names = [];
    for (let i = 0; i < 4; i++) {
      names.push(
        await createDomain(db, {
          orgId: org.id,
          createdAt: new Date(Date.now() - (10 - i) * 60_000),
        }),
      );
    }
    await updateDomain(scope, { id: names[2]!.id, registrar: "Registro.br" });
    await expect(
      updateDomain(scope, { id: names[3]!.id, registrar: "Registro.br" }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/This domain is beyond what your plan includes/),
    });
    const listed = await listDomains(scope, { limit: 10 });
    expect(listed.items.filter((d) => d.overPlan).map((d) => d.id)).toEqual([names[3]!.id]);
    await deleteDomain(scope, { id: names[3]!.id });

    // Back on Pro, it is editable again; nothing was lost in between.
    const [pro] = await db.select().from(plans).where(eq(plans.tier, "pro"));
    await deliver(
      standIn.changeSubscription(subscriptionId, { priceId: pro!.stripeMonthlyPriceId! }),
    );
    await updateProject(scope, { id: projects[3]!.id, name: "Editable again" });
  });

  it("keeps the plan through the grace period after a failed payment, then moves to Free", async () => {
    const { db } = testDb();
    const { org, owner, scope, subscriptionId } = await subscribed("pro");
    const failed = standIn.failPayment(subscriptionId);
    await deliver(failed);
    await deliver(failed);
    expect(await tierOf(org.id)).toBe("pro");
    expect(await billingNotice(scope)).toMatchObject({ pastDue: true, planName: "Pro" });
    const emails = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, owner.email), eq(emailOutbox.template, "payment-failed")));
    expect(emails).toHaveLength(1);

    // Seven days (BILLING_GRACE_DAYS) later, still unpaid.
    expect(await endLapsedGracePeriods(system(() => new Date(Date.now() + 6 * DAY)))).toEqual({
      moved: 0,
    });
    const later = () => new Date(Date.now() + 8 * DAY);
    expect(await endLapsedGracePeriods(system(later))).toMatchObject({ moved: 1 });
    expect(await endLapsedGracePeriods(system(later))).toMatchObject({ moved: 0 });
    expect(await tierOf(org.id)).toBe("free");
  });

  it("ends the grace period when the invoice is paid", async () => {
    const { org, scope, subscriptionId } = await subscribed("basic");
    await deliver(standIn.failPayment(subscriptionId));
    expect(await billingNotice(scope)).not.toBeNull();
    await deliver(standIn.recoverPayment(subscriptionId));
    expect(await billingNotice(scope)).toBeNull();
    await endLapsedGracePeriods(system(() => new Date(Date.now() + 30 * DAY)));
    expect(await tierOf(org.id)).toBe("basic");
  });

  it("moves to Free when the subscription ends", async () => {
    const { org, subscriptionId } = await subscribed("pro");
    await deliver(standIn.cancel(subscriptionId));
    expect(await tierOf(org.id)).toBe("free");
  });

  it("sends plan changes and cancelling to the Customer Portal", async () => {
    const { scope, subscriptionId } = await subscribed("basic");
    const change = await startCheckout(scope, { tier: "pro", interval: "month" });
    expect(change.url).toContain("/portal/");
    const portal = standIn.list("billing_portal.session").at(-1)!;
    expect(portal.flow_data).toMatchObject({
      type: "subscription_update_confirm",
      subscription_update_confirm: { subscription: subscriptionId },
    });
    await openPortal(scope, { flow: "cancel" });
    expect(standIn.list("billing_portal.session").at(-1)!.flow_data).toMatchObject({
      type: "subscription_cancel",
    });
    await expect(startCheckout(scope, { tier: "basic", interval: "month" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("top-ups", () => {
  it("add the pack's credits once, when Checkout says it was paid", async () => {
    const { db } = testDb();
    const { org, scope } = await freeOrg();
    const { packs } = await billingOverview(scope);
    const pack = packs.find((p) => p.credits === 500)!;
    const { url } = await startTopUp(scope, { packId: pack.id });
    const events = standIn.completeCheckout(sessionIdOf(url));
    await deliver(events);
    await deliver(events);
    const entries = await db
      .select()
      .from(creditLedger)
      .where(and(eq(creditLedger.orgId, org.id), eq(creditLedger.type, "purchase")));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.amount).toBe(500);
  });
});

describe("the demo data", () => {
  it("carries a billing history the jobs agree with: the grant job adds no month twice", async () => {
    const { db } = testDb();
    await seed(db);
    const vela = seedId("org:vela-outdoor");
    const before = await db.$count(creditLedger, eq(creditLedger.orgId, vela));
    expect(before).toBeGreaterThan(3);
    await grantMonthlyCredits(system());
    expect(await db.$count(creditLedger, eq(creditLedger.orgId, vela))).toBe(before);
    const overview = await billingOverview(orgScope(db, null, vela, { deps: { stripe: null } }));
    expect(overview.history.length).toBeGreaterThanOrEqual(1);
    expect(overview.subscription).toMatchObject({ status: "active", viaStripe: false });
  });
});

describe("plans set by hand", () => {
  it("put a client on a plan with the reason on record, and back to Free", async () => {
    const { db } = testDb();
    const staff = await createUser(db, { staffRole: "admin" });
    const { org } = await freeOrg();
    const scope = staffScope(db, staff, { deps: { stripe: null } });
    await setPlanByHand(scope, {
      clientOrgId: org.id,
      tier: "enterprise",
      reason: "Contract 2027-014",
    });
    expect(await tierOf(org.id)).toBe("enterprise");
    const [audit] = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.orgId, org.id), eq(auditLogs.action, "admin.billing.setPlan")));
    expect(audit).toMatchObject({ actorUserId: staff.id });
    expect(audit!.after).toMatchObject({ tier: "enterprise", reason: "Contract 2027-014" });

    await setPlanByHand(scope, { clientOrgId: org.id, tier: "free", reason: "Contract ended" });
    expect(await tierOf(org.id)).toBe("free");
  });

  it("are refused for support staff and for clients who pay through Stripe", async () => {
    const { db } = testDb();
    const support = await createUser(db, { staffRole: "support" });
    const admin = await createUser(db, { staffRole: "admin" });
    const { org } = await subscribed("basic");
    await expect(
      setPlanByHand(staffScope(db, support, { staffRole: "support" }), {
        clientOrgId: org.id,
        tier: "pro",
        reason: "Upsell",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setPlanByHand(staffScope(db, admin), { clientOrgId: org.id, tier: "pro", reason: "Upsell" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      setPlanByHand(staffScope(db, admin), {
        clientOrgId: crypto.randomUUID(),
        tier: "pro",
        reason: "Nobody",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
