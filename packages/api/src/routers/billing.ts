import { billing, credits, usage } from "@arco/services";

import {
  checkoutInput,
  ledgerInput,
  portalInput,
  topUpInput,
  usageInput,
} from "../schemas/billing";
import { orgProcedure, router } from "../trpc";

/**
 * Owners and admins of the organization — never agency staff working in it (the billing
 * services refuse the same callers).
 */
const billingProcedure = orgProcedure.use(({ ctx, next }) => {
  billing.assertMayBill(ctx.scope);
  return next();
});

/** A calendar day's start, and the start of the day after another, as instants (UTC). */
const dayStart = (day: string | undefined, after = false) =>
  day ? new Date(Date.parse(`${day}T00:00:00Z`) + (after ? 86_400_000 : 0)) : undefined;

/** The organization's plan, payments and credits. */
export const billingRouter = router({
  overview: billingProcedure.query(({ ctx }) => billing.billingOverview(ctx.scope)),

  /** Stripe's side: next invoice, payment method, invoices (null before the first payment). */
  account: billingProcedure.query(({ ctx }) => billing.billingAccount(ctx.scope)),

  /** A failed payment, for the banner every member sees. */
  notice: orgProcedure.query(({ ctx }) => billing.billingNotice(ctx.scope)),

  checkout: billingProcedure
    .input(checkoutInput)
    .mutation(({ ctx, input }) => billing.startCheckout(ctx.scope, input)),

  topUp: billingProcedure
    .input(topUpInput)
    .mutation(({ ctx, input }) => billing.startTopUp(ctx.scope, input)),

  portal: billingProcedure
    .input(portalInput)
    .mutation(({ ctx, input }) => billing.openPortal(ctx.scope, input)),

  /** Every member may know how many credits are left (features that spend them say so). */
  balance: orgProcedure.query(({ ctx }) => credits.creditBalance(ctx.scope)),

  /** What each metered operation costs in credits. */
  pricing: orgProcedure.query(({ ctx }) => credits.listPricing(ctx.scope)),

  ledger: billingProcedure.input(ledgerInput).query(({ ctx, input }) =>
    credits.listCreditLedger(ctx.scope, {
      ...input,
      from: dayStart(input.from),
      to: dayStart(input.to, true),
    }),
  ),

  /** Usage per day (analyses, tickets, credits, storage), for the billing page's chart. */
  usage: billingProcedure
    .input(usageInput)
    .query(({ ctx, input }) => usage.usageOverTime(ctx.scope, input)),
});
