/**
 * The money path in the browser, against an Arco server of its own that has Stripe configured:
 * the real Stripe SDK talks to the local Stripe stand-in (`@arco/payments/testing`), which also
 * plays what the customer does on Stripe's pages and the webhooks Stripe then sends, signed with
 * the endpoint's secret. Checkout's own page is Stripe's and cannot run here: the test follows
 * the browser to the URL the server created and completes the session in the stand-in.
 */
import path from "node:path";

import { seedId } from "@arco/db/seed";
import { createStripe } from "@arco/payments";
import { startStripeStandIn } from "@arco/payments/testing";
import type { StripeEventJson, StripeStandIn } from "@arco/payments/testing";
import { billing } from "@arco/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prepareDatabase, startArco } from "./arco-server";
import type { ArcoDatabase, RunningArco } from "./arco-server";
import { expectAccessible } from "./axe";
import { newPage, signIn, useBrowser, visible } from "./browser";

const WEBHOOK_SECRET = "whsec_arco_e2e";
const FREE_ORG = seedId("org:aurora-bakery");

describe("billing through Stripe", () => {
  const browser = useBrowser();
  let standIn: StripeStandIn;
  let database: ArcoDatabase;
  let arco: RunningArco;

  beforeAll(async () => {
    standIn = await startStripeStandIn();
    const stripe = createStripe({ secretKey: "sk_test_arco_e2e", apiUrl: standIn.url });
    // The catalogue synced to Stripe, as `pnpm billing:sync` does before the server starts.
    database = await prepareDatabase((db) =>
      billing.syncStripeCatalogue(db, stripe).then(() => {}),
    );
    arco = await startArco({
      database,
      build: false,
      logFile: path.join(import.meta.dirname, ".server-billing.log"),
      env: {
        TRUSTED_PROXY_HOPS: "1",
        STRIPE_SECRET_KEY: "sk_test_arco_e2e",
        STRIPE_API_URL: standIn.url,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
    });
  }, 180_000);

  afterAll(async () => {
    await arco?.stop();
    await database?.dispose();
    await standIn?.close();
  });

  /** Stripe posting its events to Arco's webhook, one after the other, as it would. */
  async function stripeSends(events: StripeEventJson[]) {
    for (const event of events) {
      const response = await standIn.deliver(
        `${arco.baseUrl}/api/stripe/webhook`,
        event,
        WEBHOOK_SECRET,
      );
      expect(response.status, `${event.type} was refused`).toBe(200);
    }
  }

  it("upgrades a free owner to Pro through Checkout, then a downgrade leaves the extra projects read-only", async () => {
    const page = await newPage(browser(), { baseURL: arco.baseUrl });
    await signIn(page, "free@arco.test");

    // The free plan's one project is used: the projects page offers the plans.
    await page.goto("/dashboard/projects");
    await page.getByRole("link", { name: "Compare plans" }).click();
    await page.waitForURL(/\/dashboard\/billing#plans$/);
    await visible(page.getByRole("heading", { level: 1, name: "Billing" }));
    expect(await page.getByTestId("current-tier").textContent()).toBe("Free");
    await expectAccessible(page);

    // "Choose Pro" leaves for the Checkout session the server created on Stripe.
    await page.getByRole("button", { name: "Choose Pro" }).click();
    await page.waitForURL((url) => url.href.startsWith(`${standIn.url}/checkout/`));
    const sessionId = new URL(page.url()).pathname.split("/").pop()!;
    const session = standIn.get(sessionId)!;
    expect(session).toMatchObject({ mode: "subscription", client_reference_id: FREE_ORG });

    // The customer pays; Stripe sends the webhooks and the customer back.
    const paid = standIn.completeCheckout(sessionId);
    await stripeSends(paid);
    await page.goto("/dashboard/billing?checkout=success");
    await visible(page.getByText("Payment received."));
    expect(await page.getByTestId("current-tier").textContent()).toBe("Pro");
    await visible(page.getByText("VISA ending in 4242"));
    await visible(page.getByRole("link", { name: /^Download PDF of / }));

    // The dashboard's meters show Pro's limits at once.
    await page.goto("/dashboard");
    await visible(page.locator("#usage-projects-value").getByText("1 of 10 active"));
    await visible(page.locator("#usage-tickets-value").getByText(/of 60 this month/));

    // Room for more now: three more projects.
    for (const name of ["Loyalty app", "Catering site", "Franchise portal"]) {
      await page.goto("/dashboard/projects");
      await page.getByRole("button", { name: "New project" }).click();
      await page.getByLabel("Name").fill(name);
      await page.getByRole("button", { name: "Create project" }).click();
      await page.waitForURL(/\/dashboard\/projects\/[0-9a-f-]{36}$/);
    }

    // In the Customer Portal the owner moves to Basic (3 projects); Stripe says so.
    const basicPrice = standIn
      .list("price")
      .find((price) => price.lookup_key === "arco_plan_basic_month_brl")!.id;
    const subscriptionId = standIn
      .list("subscription")
      .find((s) => s.customer === session.customer)!.id;
    await stripeSends(standIn.changeSubscription(subscriptionId, { priceId: basicPrice }));
    await page.goto("/dashboard/billing");
    expect(await page.getByTestId("current-tier").textContent()).toBe("Basic");

    // Nothing was deleted; the newest project, beyond Basic's three, is read-only and says so.
    await page.goto("/dashboard/projects");
    for (const name of ["Loyalty app", "Catering site", "Franchise portal"]) {
      await visible(page.getByRole("link", { name, exact: true }));
    }
    const newest = page.getByRole("listitem").filter({ hasText: "Franchise portal" });
    await visible(newest.getByText("Read-only: beyond the plan"));
    expect(await page.getByText("Read-only: beyond the plan").count()).toBe(1);
    await page.getByRole("link", { name: "Franchise portal", exact: true }).click();
    await visible(page.getByText("This project is read-only."));
    await visible(page.getByText(/Your Basic plan includes 3 active projects/));
    expect(await page.getByRole("button", { name: "Edit project" }).count()).toBe(0);
    await page.context().close();
  });

  it("refuses a webhook whose signature is not Stripe's", async () => {
    const [event] = standIn.cancel(standIn.list("subscription")[0]!.id);
    const response = await standIn.deliver(
      `${arco.baseUrl}/api/stripe/webhook`,
      event!,
      "whsec_forged",
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });
});
