import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /** Stripe secret key (`sk_live_…`, `sk_test_…`). Unset: billing says Stripe is not configured. */
    STRIPE_SECRET_KEY: z.string().min(1).optional(),
    /** Signing secret of the webhook endpoint (`whsec_…`); without it webhooks are refused. */
    STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
    /** Another Stripe-compatible API (the tests' local server, stripe-mock). */
    STRIPE_API_URL: z.url().optional(),
    /** Days a subscription whose payment failed keeps its plan before moving to the free one. */
    BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
