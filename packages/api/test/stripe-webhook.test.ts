/**
 * Stripe's webhook endpoint as Stripe calls it: a JSON body signed with the endpoint's secret
 * (`Stripe.webhooks.generateTestHeaderString` through `signStripePayload`). The events come from
 * the local Stripe stand-in, so they have Stripe's shapes; the database is the real Postgres.
 */
import { stripeEvents, subscriptions } from "@arco/db/schema";
import { createOrg, tierOf as tierOfOrg, createUser, useTestDb } from "@arco/db/testing";
import { createStripe, signStripePayload } from "@arco/payments";
import type { Stripe } from "@arco/payments";
import { startStripeStandIn } from "@arco/payments/testing";
import type { StripeEventJson, StripeStandIn } from "@arco/payments/testing";
import { billing } from "@arco/services";
import { orgScope } from "@arco/services/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { receiveStripeWebhook } from "../src";
import { relaxedLimiter } from "./harness";

const testDb = useTestDb();
const SECRET = "whsec_arco_test_secret";
let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  standIn = await startStripeStandIn();
  stripe = createStripe({ secretKey: "sk_test_arco", apiUrl: standIn.url });
  await billing.syncStripeCatalogue(testDb().db, stripe);
});
afterAll(() => standIn.close());

function post(payload: string, signature: string | null, secret: string | null = SECRET) {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature !== null) headers.set("stripe-signature", signature);
  return receiveStripeWebhook(
    new Request("http://localhost:3000/api/stripe/webhook", {
      method: "POST",
      headers,
      body: payload,
    }),
    {
      database: testDb(),
      rateLimiter: relaxedLimiter(),
      deps: { stripe },
      webhookSecret: secret,
    },
  );
}

const signedPost = (event: StripeEventJson, at = new Date()) => {
  const payload = JSON.stringify(event);
  return post(payload, signStripePayload(payload, SECRET, at));
};

/** A free organization whose owner went through Checkout for Pro; the events not yet sent. */
async function paidCheckout() {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier: "free", owner });
  const scope = orgScope(db, { userId: owner.id, actorUserId: owner.id }, org.id, {
    deps: { stripe },
  });
  const { url } = await billing.startCheckout(scope, { tier: "pro", interval: "month" });
  return { org, events: standIn.completeCheckout(url.split("/").pop()!) };
}

const tierOf = (orgId: string) => tierOfOrg(testDb().db, orgId);

describe("the Stripe webhook", () => {
  it("applies a signed event and answers 200", async () => {
    const { org, events } = await paidCheckout();
    for (const event of events) {
      const response = await signedPost(event);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: true, outcome: "applied" });
    }
    expect(await tierOf(org.id)).toBe("pro");
  });

  it("changes state once when the same event is delivered 10 times", async () => {
    const { db } = testDb();
    const { org, events } = await paidCheckout();
    const created = events.find((e) => e.type === "customer.subscription.created")!;
    const answers = await Promise.all(Array.from({ length: 10 }, () => signedPost(created)));
    const outcomes = await Promise.all(
      answers.map(async (r) => ((await r.json()) as { outcome: string }).outcome),
    );
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(outcomes.sort()).toEqual(["applied", ...Array<string>(9).fill("duplicate")]);
    expect(await db.$count(stripeEvents, eq(stripeEvents.id, created.id))).toBe(1);
    expect(await db.$count(subscriptions, eq(subscriptions.orgId, org.id))).toBe(1);
    expect(await tierOf(org.id)).toBe("pro");
  });

  it("refuses a bad signature, a stale timestamp and a future one beyond tolerance", async () => {
    const { org, events } = await paidCheckout();
    const created = events.find((e) => e.type === "customer.subscription.created")!;
    const payload = JSON.stringify(created);
    const now = Date.now();
    const refusals = [
      post(payload, signStripePayload(payload, "whsec_someone_else", new Date(now))),
      post(payload, signStripePayload(payload, SECRET, new Date(now - 10 * 60_000))),
      post(payload, signStripePayload(payload, SECRET, new Date(now + 10 * 60_000))),
      // The right signature over another body.
      post(
        payload.replace('"active"', '"canceled"'),
        signStripePayload(payload, SECRET, new Date(now)),
      ),
      post(payload, null),
      post(payload, "t=abc,v1=nonsense"),
    ];
    for (const [i, response] of (await Promise.all(refusals)).entries()) {
      expect(response.status, `refusal ${i}`).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    }
    expect(await testDb().db.$count(stripeEvents, eq(stripeEvents.id, created.id))).toBe(0);
    expect(await tierOf(org.id)).toBe("free");

    // Within the tolerance, either way, is fine: clocks drift.
    expect((await signedPost(created, new Date(now + 60_000))).status).toBe(200);
  });

  it("answers 503 where no webhook secret is configured, and applies nothing", async () => {
    const { events } = await paidCheckout();
    const payload = JSON.stringify(events[0]);
    const response = await post(payload, signStripePayload(payload, SECRET, new Date()), null);
    expect(response.status).toBe(503);
    expect(await testDb().db.$count(stripeEvents, eq(stripeEvents.id, events[0]!.id))).toBe(0);
  });

  it("refuses a body too large to be an event", async () => {
    const payload = JSON.stringify({ padding: "x".repeat(600 * 1024) });
    const response = await post(payload, signStripePayload(payload, SECRET, new Date()));
    expect(response.status).toBe(400);
  });
});
