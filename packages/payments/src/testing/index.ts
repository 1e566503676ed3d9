export { startStripeStandIn } from "./stripe-stand-in";
export type { StripeEventJson, StripeRequest, StripeStandIn } from "./stripe-stand-in";
