import Stripe from "stripe";

import { env } from "./env";

export { Stripe };

/** The Stripe API client for a key, optionally at another address (a local stand-in). */
export function createStripe({ secretKey, apiUrl }: { secretKey: string; apiUrl?: string }) {
  const at = apiUrl ? new URL(apiUrl) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    ...(at && {
      host: at.hostname,
      port: at.port || (at.protocol === "http:" ? 80 : 443),
      protocol: at.protocol === "http:" ? "http" : "https",
    }),
  });
}

let configured: Stripe | null | undefined;

/** The configured client, or null when no secret key is set (billing then says so). */
export function stripeFromEnv(): Stripe | null {
  if (configured === undefined) {
    configured = env.STRIPE_SECRET_KEY
      ? createStripe({ secretKey: env.STRIPE_SECRET_KEY, apiUrl: env.STRIPE_API_URL })
      : null;
  }
  return configured;
}

/** What billing is set to, beyond the client: the webhook secret and the grace period. */
export const paymentsConfig = {
  get webhookSecret() {
    return env.STRIPE_WEBHOOK_SECRET ?? null;
  },
  get graceDays() {
    return env.BILLING_GRACE_DAYS;
  },
};
