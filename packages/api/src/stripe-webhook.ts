/**
 * Stripe's webhook endpoint: the raw body's signature is proven before anything is read, the
 * sender is held to the per-IP limit like every caller, and the event is applied once by the
 * billing service. Failures answer through the one error map; an unexpected one is a 500, which
 * makes Stripe deliver the event again later.
 */
import { readStripeEvent, paymentsConfig, WebhookRefused } from "@arco/payments";
import { SYSTEM_ACTOR, ServiceError, billing } from "@arco/services";
import type { SystemScope } from "@arco/services";

import { createTRPCContext } from "./caller";
import type { CreateContextOptions } from "./caller";
import { answer } from "./route";

/** Stripe's events are a few kilobytes; anything this large is not one. */
const MAX_EVENT_BYTES = 512 * 1024;

export async function receiveStripeWebhook(
  request: Request,
  options: Pick<CreateContextOptions, "database" | "rateLimiter" | "deps"> & {
    webhookSecret?: string | null;
    now?: () => Date;
  } = {},
) {
  return answer(
    async () => {
      const ctx = await createTRPCContext({ ...options, headers: request.headers, session: null });
      await ctx.withinIpLimit();
      const secret =
        options.webhookSecret === undefined ? paymentsConfig.webhookSecret : options.webhookSecret;
      if (!secret) {
        throw new ServiceError("UNAVAILABLE", "Stripe webhooks are not configured here.");
      }
      if (Number(request.headers.get("content-length") ?? 0) > MAX_EVENT_BYTES) {
        throw new ServiceError("BAD_REQUEST", "That request is too large to be a Stripe event.");
      }
      const payload = await request.text();
      if (payload.length > MAX_EVENT_BYTES) {
        throw new ServiceError("BAD_REQUEST", "That request is too large to be a Stripe event.");
      }
      const now = options.now ?? ctx.scope.now;
      let event;
      try {
        event = readStripeEvent({
          payload,
          signature: request.headers.get("stripe-signature"),
          secret,
          now: now(),
        });
      } catch (error) {
        if (!(error instanceof WebhookRefused)) throw error;
        throw new ServiceError("BAD_REQUEST", "The Stripe signature of this request is not valid.");
      }
      const { ip, userAgent } = ctx.scope.actor;
      const scope: SystemScope = {
        ...ctx.scope,
        now,
        actor: { ...SYSTEM_ACTOR, ip, userAgent },
      };
      const outcome = await billing.receiveStripeEvent(scope, event);
      return Response.json({ received: true, outcome });
    },
    { what: "A Stripe webhook", headers: request.headers },
  );
}
