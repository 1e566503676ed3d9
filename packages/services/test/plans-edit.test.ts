/**
 * The plans editor against the real database, and against the real Stripe SDK pointed at the
 * local stand-in (`@arco/payments/testing`) for a price change.
 */
import { auditLogs, plans, subscriptions } from "@arco/db/schema";
import { createOrg, createUser, planOf, useTestDb } from "@arco/db/testing";
import { createStripe } from "@arco/payments";
import type { Stripe } from "@arco/payments";
import { startStripeStandIn } from "@arco/payments/testing";
import type { StripeStandIn } from "@arco/payments/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { receiveStripeEvent, startCheckout, syncStripeCatalogue } from "../src/billing";
import { listPlansForStaff, updatePlan } from "../src/plans";
import { orgScope, staffScope, systemScope } from "../src/testing";
import { createTicket, ticketQuota } from "../src/tickets";

const testDb = useTestDb();
const silent = async () => ({}) as never;

let standIn: StripeStandIn;
let stripe: Stripe;
beforeAll(async () => {
  standIn = await startStripeStandIn();
  stripe = createStripe({ secretKey: "sk_test_arco", apiUrl: standIn.url });
});
afterAll(() => standIn.close());

async function admin(staffRole: "admin" | "support" = "admin", withStripe = false) {
  const { db } = testDb();
  const user = await createUser(db, { staffRole });
  return staffScope(db, user, { staffRole, deps: { stripe: withStripe ? stripe : null } });
}

async function client(tier: "free" | "basic" | "pro" = "basic") {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier, owner });
  const scope = orgScope(db, owner, org.id, { deps: { sendEmail: silent, stripe } });
  const open = () =>
    createTicket(scope, { subject: "The form is broken", description: "Nothing arrives." });
  return { org, owner, scope, open };
}

describe("editing a plan", () => {
  it("changes the limit every organization on it hits, at once", async () => {
    const [first, second] = [await client("basic"), await client("basic")];
    const basic = await planOf(testDb().db, "basic");

    const saved = await updatePlan(await admin(), { planId: basic.id, ticketsPerMonth: 1 });
    expect(saved).toEqual({ tier: "basic", stripe: "not-configured" });

    for (const { scope, open } of [first, second]) {
      await open();
      await expect(open()).rejects.toMatchObject({ code: "QUOTA_EXCEEDED" });
      expect(await ticketQuota(scope)).toMatchObject({ used: 1, limit: 1 });
    }
    // And back up: the next ticket goes through without anything else changing.
    await updatePlan(await admin(), { planId: basic.id, ticketsPerMonth: null });
    await first.open();
    expect(await ticketQuota(first.scope)).toMatchObject({ used: 2, limit: null });
  });

  it("is audited with what changed, before and after", async () => {
    const { db } = testDb();
    const scope = await admin();
    const pro = await planOf(db, "pro");
    await updatePlan(scope, {
      planId: pro.id,
      name: "Pro",
      maxProjects: 12,
      campaignPlatforms: ["google_ads", "meta_ads", "linkedin_ads"],
    });
    const [entry] = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "admin.plans.update"), eq(auditLogs.resourceId, pro.id)));
    expect(entry).toMatchObject({
      orgId: null,
      actorUserId: scope.actor.userId,
      resourceType: "plan",
      // The unchanged name is not in the diff.
      before: { maxProjects: 10, campaignPlatforms: ["google_ads", "meta_ads"] },
      after: { maxProjects: 12, campaignPlatforms: ["google_ads", "meta_ads", "linkedin_ads"] },
    });
  });

  it("is refused to support staff, and changes nothing", async () => {
    const { db } = testDb();
    const free = await planOf(db, "free");
    await expect(
      updatePlan(await admin("support"), { planId: free.id, ticketsPerMonth: 1000 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await planOf(db, "free")).ticketsPerMonth).toBe(free.ticketsPerMonth);
  });

  it("keeps the free plan free and on offer", async () => {
    const free = await planOf(testDb().db, "free");
    for (const change of [{ priceMonthlyCents: 100 }, { isActive: false }]) {
      await expect(updatePlan(await admin(), { planId: free.id, ...change })).rejects.toMatchObject(
        { code: "BAD_REQUEST" },
      );
    }
  });

  it("lists every plan with the organizations on it", async () => {
    const { db } = testDb();
    const enterprise = await planOf(db, "enterprise");
    await createOrg(db, { tier: "enterprise" });
    await createOrg(db, { tier: "enterprise", customLimits: { maxProjects: 40 } });
    const listed = await listPlansForStaff(await admin("support"));
    expect(listed.stripeConfigured).toBe(false);
    expect(listed.plans.map((p) => p.tier)).toEqual(["free", "basic", "pro", "enterprise"]);
    expect(listed.plans.find((p) => p.id === enterprise.id)).toMatchObject({
      organizations: 2,
      withCustomLimits: 1,
    });
  });
});

describe("a price change with Stripe configured", () => {
  it("makes a new Stripe price for new checkouts and leaves subscribers on theirs", async () => {
    const { db } = testDb();
    await syncStripeCatalogue(db, stripe);
    const before = await planOf(db, "pro");
    const subscriber = await client("free");
    const deliver = async (events: { type: string }[]) => {
      for (const event of events) {
        await receiveStripeEvent(
          systemScope(db, { deps: { stripe } }),
          event as unknown as Stripe.Event,
        );
      }
    };
    const { url } = await startCheckout(subscriber.scope, { tier: "pro", interval: "month" });
    const session = url.split("/").pop()!;
    await deliver(standIn.completeCheckout(session));
    const subscriptionId = standIn.get(session)!.subscription as string;

    const saved = await updatePlan(await admin("admin", true), {
      planId: before.id,
      priceMonthlyCents: 99_700,
    });
    expect(saved.stripe).toBe("synced");

    const after = await planOf(db, "pro");
    expect(after.stripeMonthlyPriceId).not.toBe(before.stripeMonthlyPriceId);
    expect(standIn.get(after.stripeMonthlyPriceId!)).toMatchObject({
      unit_amount: 99_700,
      lookup_key: "arco_plan_pro_month_brl",
      active: true,
    });
    expect(standIn.get(before.stripeMonthlyPriceId!)).toMatchObject({ active: false });
    // The yearly price did not change, so it is the same Stripe price.
    expect(after.stripeYearlyPriceId).toBe(before.stripeYearlyPriceId);

    // The subscription keeps the price it was bought at, on Stripe and here…
    const item = (standIn.get(subscriptionId)!.items as { data: { price: { id: string } }[] })
      .data[0]!;
    expect(item.price.id).toBe(before.stripeMonthlyPriceId);
    // …and its next event (cancelling at the period's end) still finds its plan.
    await deliver(standIn.changeSubscription(subscriptionId, { cancelAtPeriodEnd: true }));
    const [row] = await db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.stripeSubscriptionId, subscriptionId));
    expect(row).toMatchObject({
      planId: before.id,
      stripePriceId: before.stripeMonthlyPriceId,
      cancelAtPeriodEnd: true,
    });

    // A new client checks out at the new price.
    const newcomer = await client("free");
    const next = await startCheckout(newcomer.scope, { tier: "pro", interval: "month" });
    expect(standIn.get(next.url.split("/").pop()!)).toMatchObject({
      line_items: [{ price: after.stripeMonthlyPriceId }],
    });
  });

  it("saves without Stripe and says so", async () => {
    const { db } = testDb();
    const basic = await planOf(db, "basic");
    const saved = await updatePlan(await admin(), { planId: basic.id, priceYearlyCents: 310_000 });
    expect(saved.stripe).toBe("not-configured");
    const [row] = await db.select().from(plans).where(eq(plans.id, basic.id));
    expect(row).toMatchObject({
      priceYearlyCents: 310_000,
      stripeYearlyPriceId: basic.stripeYearlyPriceId,
    });
  });
});
