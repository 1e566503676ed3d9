/**
 * Input schemas of billing and credits, shared with the web forms. Pure zod: safe to import in
 * the browser.
 */
import type { creditEntryType, tier } from "@arco/db/schema";
import { z } from "zod";

import { calendarDateSchema, orgIdInput, paginationInput } from "../schemas";

export const billingIntervals = ["month", "year"] as const;
/** The database's enums, spelled out so the browser never loads the schema (checked against it). */
export const tiers = ["free", "basic", "pro", "enterprise"] as const satisfies readonly Tier[];
export const creditEntryTypes = [
  "purchase",
  "grant",
  "usage",
  "refund",
  "adjustment",
  "expiry",
] as const satisfies readonly CreditEntryType[];

type Tier = (typeof tier.enumValues)[number];
type CreditEntryType = (typeof creditEntryType.enumValues)[number];

export const checkoutInput = z.object({
  tier: z.enum(["basic", "pro"], "Choose the Basic or the Pro plan."),
  interval: z.enum(billingIntervals, "Choose monthly or yearly billing.").default("month"),
});

export const topUpInput = z.object({ packId: z.uuid("That credit pack is not valid.") });

export const portalInput = z.object({
  flow: z.enum(["payment-method", "cancel"], "That billing action is not valid.").optional(),
});

export const reasonSchema = z
  .string()
  .trim()
  .min(3, "Say why, in at least 3 characters.")
  .max(500, "Reasons are at most 500 characters.");

export const setPlanInput = orgIdInput.extend({
  tier: z.enum(tiers, "Choose a plan."),
  reason: reasonSchema,
});

export const ledgerInput = paginationInput.extend({
  type: z.enum(creditEntryTypes, "That kind of entry is not valid.").optional(),
  from: calendarDateSchema().optional(),
  to: calendarDateSchema().optional(),
});

export const usageInput = z.object({
  days: z
    .number()
    .int()
    .min(7, "Show at least 7 days.")
    .max(365, "Show at most 365 days.")
    .default(30),
});

export const adjustCreditsInput = orgIdInput.extend({
  amount: z
    .number("Enter a whole number of credits.")
    .int("Enter a whole number of credits.")
    .min(-1_000_000, "Adjust by at most 1,000,000 credits.")
    .max(1_000_000, "Adjust by at most 1,000,000 credits.")
    .refine((n) => n !== 0, "Enter a number of credits other than 0."),
  reason: reasonSchema,
  /** Made by the form once per adjustment, so a retried submit adjusts once. */
  idempotencyKey: z.uuid("That request is not valid: reload the page."),
});

export const refundInput = orgIdInput.extend({
  entryId: z.uuid("That ledger entry is not valid."),
  reason: reasonSchema,
});
