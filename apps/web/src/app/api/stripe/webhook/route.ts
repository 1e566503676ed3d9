import { receiveStripeWebhook } from "@arco/api";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Stripe's webhook endpoint: configure it in Stripe (or `stripe listen --forward-to
 * localhost:3000/api/stripe/webhook`) with STRIPE_WEBHOOK_SECRET set to its signing secret.
 * The signature is checked on the raw body; each event is applied once, in order of its time.
 */
export function POST(request: Request) {
  return receiveStripeWebhook(request);
}
