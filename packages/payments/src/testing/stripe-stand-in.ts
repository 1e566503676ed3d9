import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { signStripePayload } from "../webhooks";
import { parseStripeForm } from "./form";
import type { FormValue } from "./form";

/**
 * A local HTTP server playing the Stripe endpoints Arco calls, with their real request and
 * response shapes, so the Stripe SDK itself is exercised in tests. It keeps its objects in
 * memory and, like Stripe, answers a repeated idempotency key with the first response.
 * `complete…`, `change…`, `failPayment` and `cancel` stand for what a customer does on Stripe's
 * pages: they return the events Stripe would send, for `deliver` to post signed.
 */
type StripeObject = Record<string, unknown> & { id: string };
type Form = Record<string, FormValue>;

export interface StripeRequest {
  method: string;
  path: string;
  body: Form;
  idempotencyKey: string | null;
}

export async function startStripeStandIn() {
  const objects = new Map<string, StripeObject>();
  const replies = new Map<string, { status: number; body: unknown }>();
  const requests: StripeRequest[] = [];
  let sequence = 0;
  let clock = Math.floor(Date.now() / 1000);
  const newId = (prefix: string) => `${prefix}_${(++sequence).toString().padStart(14, "0")}`;
  const tick = () => ++clock;

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const body = parseStripeForm(req.method === "GET" ? url.search.slice(1) : raw);
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      requests.push({ method: req.method ?? "GET", path: url.pathname, body, idempotencyKey: key });
      const remembered = key ? replies.get(key) : undefined;
      const reply = remembered ?? route(req.method ?? "GET", url.pathname, body);
      if (key && !remembered) replies.set(key, reply);
      res.writeHead(reply.status, {
        "content-type": "application/json",
        "request-id": newId("req"),
      });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const missing = (id: string) => ({
    status: 404,
    body: {
      error: {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such object: '${id}'`,
      },
    },
  });
  const ok = (body: unknown) => ({ status: 200, body });
  const list = (data: unknown[], path: string) =>
    ok({ object: "list", data, has_more: false, url: path });
  const save = (object: StripeObject) => (objects.set(object.id, object), object);
  const all = (type: string) => [...objects.values()].filter((o) => o.object === type);
  const meta = (body: Form) => (body.metadata ?? {}) as Record<string, string>;

  function route(method: string, path: string, body: Form): { status: number; body: unknown } {
    const [, , resource, id, action] = path.split("/");
    if (method === "POST" && resource === "customers" && !id) {
      return ok(
        save({
          id: newId("cus"),
          object: "customer",
          created: tick(),
          email: body.email ?? null,
          name: body.name ?? null,
          metadata: meta(body),
          invoice_settings: { default_payment_method: null },
        }),
      );
    }
    if (method === "POST" && resource === "products" && !id) {
      const productId = (body.id as string | undefined) ?? newId("prod");
      if (objects.has(productId)) {
        return {
          status: 400,
          body: {
            error: {
              type: "invalid_request_error",
              code: "resource_already_exists",
              message: "Product already exists.",
            },
          },
        };
      }
      return ok(
        save({
          id: productId,
          object: "product",
          active: true,
          name: body.name,
          description: body.description ?? null,
          metadata: meta(body),
        }),
      );
    }
    if (method === "POST" && resource === "prices" && !id) {
      const lookupKey = (body.lookup_key as string | undefined) ?? null;
      if (lookupKey && body.transfer_lookup_key === "true") {
        for (const price of all("price")) {
          if (price.lookup_key === lookupKey) price.lookup_key = null;
        }
      }
      const recurring = body.recurring as Form | undefined;
      return ok(
        save({
          id: newId("price"),
          object: "price",
          active: true,
          product: body.product,
          currency: body.currency,
          unit_amount: Number(body.unit_amount),
          type: recurring ? "recurring" : "one_time",
          recurring: recurring ? { interval: recurring.interval, interval_count: 1 } : null,
          lookup_key: lookupKey,
          metadata: meta(body),
        }),
      );
    }
    if (method === "GET" && resource === "prices" && !id) {
      const keys = (body.lookup_keys ?? []) as string[];
      const found = all("price").filter(
        (p) =>
          (keys.length === 0 || keys.includes(p.lookup_key as string)) &&
          (body.active === undefined || String(p.active) === body.active),
      );
      return list(found, "/v1/prices");
    }
    if (method === "POST" && resource === "checkout" && id === "sessions" && !action) {
      const sessionId = newId("cs_test");
      return ok(
        save({
          id: sessionId,
          object: "checkout.session",
          created: tick(),
          mode: body.mode,
          customer: body.customer ?? null,
          client_reference_id: body.client_reference_id ?? null,
          metadata: meta(body),
          line_items: body.line_items,
          subscription_data: body.subscription_data ?? null,
          success_url: body.success_url,
          cancel_url: body.cancel_url,
          status: "open",
          payment_status: "unpaid",
          subscription: null,
          url: `${url}/checkout/${sessionId}`,
        }),
      );
    }
    if (method === "POST" && resource === "billing_portal" && id === "sessions") {
      const sessionId = newId("bps");
      return ok(
        save({
          id: sessionId,
          object: "billing_portal.session",
          customer: body.customer,
          return_url: body.return_url,
          flow_data: body.flow_data ?? null,
          url: `${url}/portal/${sessionId}`,
        }),
      );
    }
    if (method === "GET" && resource === "invoices" && !id) {
      const invoices = all("invoice")
        .filter((i) => i.customer === body.customer)
        .sort((a, b) => Number(b.created) - Number(a.created))
        .slice(0, Number(body.limit ?? 10));
      return list(invoices, "/v1/invoices");
    }
    if (method === "POST" && resource === "invoices" && id === "create_preview") {
      const subscription = all("subscription").find(
        (s) => s.customer === body.customer && s.status !== "canceled",
      );
      if (!subscription) {
        return {
          status: 400,
          body: {
            error: {
              type: "invalid_request_error",
              code: "invoice_upcoming_none",
              message: "No upcoming invoices for customer.",
            },
          },
        };
      }
      const item = itemOf(subscription);
      return ok({
        object: "invoice",
        id: null,
        customer: body.customer,
        amount_due: item.price.unit_amount,
        currency: item.price.currency,
        next_payment_attempt: item.current_period_end,
        period_end: item.current_period_end,
      });
    }
    if (method === "GET" && id && objects.has(id)) {
      const object = objects.get(id)!;
      if (resource === "customers") {
        const pm = (object.invoice_settings as { default_payment_method: string | null })
          .default_payment_method;
        const expand = (body.expand ?? []) as string[];
        if (pm && expand.includes("invoice_settings.default_payment_method")) {
          return ok({ ...object, invoice_settings: { default_payment_method: objects.get(pm) } });
        }
      }
      return ok(object);
    }
    if (method === "POST" && id && objects.has(id) && !action) {
      const object = objects.get(id)!;
      for (const [field, value] of Object.entries(body)) {
        object[field] = field === "active" ? value === "true" : value;
      }
      return ok(object);
    }
    if (id) return missing(id);
    return {
      status: 404,
      body: {
        error: { type: "invalid_request_error", message: `Unrecognized request URL (${path}).` },
      },
    };
  }

  type Item = {
    price: StripeObject & { unit_amount: number; currency: string };
    current_period_start: number;
    current_period_end: number;
  };
  const itemOf = (subscription: StripeObject) => (subscription.items as { data: Item[] }).data[0]!;

  function event(type: string, object: unknown, created = tick()) {
    return {
      id: newId("evt"),
      object: "event",
      api_version: "2026-10-28.endive",
      created,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object: structuredClone(object) },
    };
  }
  type StripeEventJson = ReturnType<typeof event>;

  const priceNamed = (priceId: string) => {
    const price = objects.get(priceId);
    if (!price) throw new Error(`The stand-in has no price ${priceId}`);
    return price as Item["price"];
  };

  function invoiceFor(subscription: StripeObject, status: "paid" | "open") {
    const item = itemOf(subscription);
    const invoiceId = newId("in");
    return save({
      id: invoiceId,
      object: "invoice",
      created: tick(),
      customer: subscription.customer,
      number: `ARCO-${sequence.toString().padStart(4, "0")}`,
      status,
      currency: item.price.currency,
      amount_due: item.price.unit_amount,
      amount_paid: status === "paid" ? item.price.unit_amount : 0,
      period_start: item.current_period_start,
      period_end: item.current_period_end,
      hosted_invoice_url: `${url}/invoices/${invoiceId}`,
      invoice_pdf: `${url}/invoices/${invoiceId}.pdf`,
      parent: {
        type: "subscription_details",
        subscription_details: { subscription: subscription.id, metadata: {} },
      },
    });
  }

  function setPaymentMethod(customerId: string) {
    const pm = save({
      id: newId("pm"),
      object: "payment_method",
      type: "card",
      card: { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 },
      customer: customerId,
    });
    const customer = objects.get(customerId)!;
    customer.invoice_settings = { default_payment_method: pm.id };
  }

  return {
    url,
    requests,
    /** Every object of a type, as Stripe holds it now. */
    list: all,
    get: (id: string) => objects.get(id),

    /** The customer pays on the Checkout page: a subscription, or a one-time top-up. */
    completeCheckout(sessionId: string): StripeEventJson[] {
      const session = objects.get(sessionId);
      if (!session) throw new Error(`The stand-in has no checkout session ${sessionId}`);
      const customerId = session.customer as string;
      setPaymentMethod(customerId);
      const [line] = session.line_items as { price: string; quantity: string }[];
      const price = priceNamed(line!.price);
      session.status = "complete";
      session.payment_status = "paid";
      if (session.mode === "payment") {
        return [event("checkout.session.completed", session)];
      }
      const start = tick();
      const days = (price.recurring as { interval: string }).interval === "year" ? 365 : 30;
      const subscription = save({
        id: newId("sub"),
        object: "subscription",
        created: start,
        customer: customerId,
        status: "active",
        cancel_at_period_end: false,
        canceled_at: null,
        trial_end: null,
        metadata: ((session.subscription_data as Form | null)?.metadata ?? {}) as object,
        items: {
          object: "list",
          data: [
            {
              id: newId("si"),
              object: "subscription_item",
              price,
              quantity: 1,
              current_period_start: start,
              current_period_end: start + days * 86_400,
            },
          ],
        },
      });
      session.subscription = subscription.id;
      const invoice = invoiceFor(subscription, "paid");
      return [
        event("customer.subscription.created", subscription),
        event("invoice.paid", invoice),
        event("checkout.session.completed", session),
      ];
    },

    /** A change made in the Customer Portal: another price, or cancelling at the period's end. */
    changeSubscription(
      subscriptionId: string,
      change: { priceId?: string; cancelAtPeriodEnd?: boolean },
    ): StripeEventJson[] {
      const subscription = objects.get(subscriptionId)!;
      if (change.priceId) itemOf(subscription).price = priceNamed(change.priceId);
      if (change.cancelAtPeriodEnd !== undefined) {
        subscription.cancel_at_period_end = change.cancelAtPeriodEnd;
      }
      return [event("customer.subscription.updated", subscription)];
    },

    /** The renewal's charge is declined. */
    failPayment(subscriptionId: string): StripeEventJson[] {
      const subscription = objects.get(subscriptionId)!;
      subscription.status = "past_due";
      const invoice = invoiceFor(subscription, "open");
      return [
        event("invoice.payment_failed", invoice),
        event("customer.subscription.updated", subscription),
      ];
    },

    /** The customer fixes the card and Stripe's retry of the failed invoice is paid. */
    recoverPayment(subscriptionId: string): StripeEventJson[] {
      const subscription = objects.get(subscriptionId)!;
      subscription.status = "active";
      const invoice = invoiceFor(subscription, "paid");
      return [event("invoice.paid", invoice), event("customer.subscription.updated", subscription)];
    },

    /** The subscription ends (cancelled now, or Stripe gave up collecting). */
    cancel(subscriptionId: string): StripeEventJson[] {
      const subscription = objects.get(subscriptionId)!;
      subscription.status = "canceled";
      subscription.canceled_at = clock;
      return [event("customer.subscription.deleted", subscription)];
    },

    /** Posts an event to a webhook endpoint as Stripe does: the JSON body, signed. */
    async deliver(
      endpoint: string,
      stripeEvent: StripeEventJson,
      secret: string,
      { signedAt = new Date() }: { signedAt?: Date } = {},
    ) {
      const payload = JSON.stringify(stripeEvent);
      return fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "stripe-signature": signStripePayload(payload, secret, signedAt),
        },
        body: payload,
      });
    },

    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>;
export type StripeEventJson = ReturnType<StripeStandIn["cancel"]>[number];
