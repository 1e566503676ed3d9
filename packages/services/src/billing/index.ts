export { endLapsedGracePeriods } from "./background";
export { syncPlan, syncStripeCatalogue } from "./catalogue";
export type { SyncLine } from "./catalogue";
export { openPortal, startCheckout, startTopUp } from "./checkout";
export { billingAccount, billingNotice, billingOverview } from "./read";
export { assertMayBill } from "./access";
export { clientBilling, setPlanByHand } from "./staff";
export { receiveStripeEvent } from "./webhooks";
export type { WebhookOutcome } from "./webhooks";
