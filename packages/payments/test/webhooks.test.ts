import { describe, expect, it } from "vitest";

import { readStripeEvent, signStripePayload, WebhookRefused } from "../src";
import { parseStripeForm } from "../src/testing/form";

const SECRET = "whsec_unit";
const payload = JSON.stringify({ id: "evt_1", object: "event", type: "invoice.paid", created: 1 });
const now = new Date("2026-12-04T12:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const read = (signature: string | null, secret = SECRET) =>
  readStripeEvent({ payload, signature, secret, now });

describe("a Stripe webhook's signature", () => {
  it("proves the event when it is Stripe's over this very body, within five minutes", () => {
    expect(read(signStripePayload(payload, SECRET, now)).id).toBe("evt_1");
    expect(read(signStripePayload(payload, SECRET, at(-299))).id).toBe("evt_1");
    expect(read(signStripePayload(payload, SECRET, at(299))).id).toBe("evt_1");
  });

  it("is refused when missing, made with another secret, stale or from the future", () => {
    expect(() => read(null)).toThrow(WebhookRefused);
    expect(() => read(signStripePayload(payload, "whsec_other", now))).toThrow(WebhookRefused);
    expect(() => read(signStripePayload(payload, SECRET, at(-301)))).toThrow(WebhookRefused);
    expect(() => read(signStripePayload(payload, SECRET, at(301)))).toThrow(WebhookRefused);
    expect(() => read("t=1764849600,v1=00")).toThrow(WebhookRefused);
    expect(() => read("v1=only-a-signature")).toThrow(WebhookRefused);
  });

  it("does not cover another body", () => {
    const signature = signStripePayload(payload, SECRET, now);
    expect(() =>
      readStripeEvent({ payload: payload.replace("paid", "void"), signature, secret: SECRET, now }),
    ).toThrow(WebhookRefused);
  });
});

describe("the stand-in's reading of the SDK's form bodies", () => {
  it("nests bracketed keys and makes arrays of indexed ones", () => {
    expect(
      parseStripeForm(
        "mode=subscription&line_items[0][price]=price_1&line_items[0][quantity]=1&metadata[orgId]=o1&lookup_keys[0]=a&lookup_keys[1]=b",
      ),
    ).toEqual({
      mode: "subscription",
      line_items: [{ price: "price_1", quantity: "1" }],
      metadata: { orgId: "o1" },
      lookup_keys: ["a", "b"],
    });
  });
});
