import Stripe from "stripe";

/** How far a signature's time may be from ours, either way (Stripe's own default, 5 minutes). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export class WebhookRefused extends Error {
  override readonly name = "WebhookRefused";
}

const verifier = Stripe.webhooks;

/**
 * The event a webhook request carries, once its signature over the raw body is proven. Stripe's
 * check refuses old timestamps only; a timestamp too far in the future is refused here too, so a
 * captured request cannot be made to live longer by a clock set ahead.
 */
export function readStripeEvent({
  payload,
  signature,
  secret,
  now,
}: {
  payload: string;
  signature: string | null;
  secret: string;
  now: Date;
}): Stripe.Event {
  if (!signature) throw new WebhookRefused("The Stripe-Signature header is missing.");
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const signedAt = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
  if (!Number.isFinite(signedAt) || signedAt > nowSeconds + SIGNATURE_TOLERANCE_SECONDS) {
    throw new WebhookRefused("The signature's timestamp is not acceptable.");
  }
  try {
    return verifier.constructEvent(
      payload,
      signature,
      secret,
      SIGNATURE_TOLERANCE_SECONDS,
      undefined,
      now.getTime(),
    );
  } catch (error) {
    throw new WebhookRefused("The signature does not match the payload.", { cause: error });
  }
}

/** A valid signature header for a payload, as Stripe would send it (tests, the stand-in). */
export const signStripePayload = (payload: string, secret: string, at: Date) =>
  verifier.generateTestHeaderString({
    payload,
    secret,
    timestamp: Math.floor(at.getTime() / 1000),
  });
