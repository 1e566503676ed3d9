export { Stripe, createStripe, paymentsConfig, stripeFromEnv } from "./stripe";
export {
  SIGNATURE_TOLERANCE_SECONDS,
  WebhookRefused,
  readStripeEvent,
  signStripePayload,
} from "./webhooks";
