/**
 * Input schemas of the plans editor and a client's own limits, shared with the web forms. Pure
 * zod: safe to import in the browser. A null limit is unlimited; money travels in cents and
 * storage in bytes.
 */
import type { CustomLimits, aiInsightsLevel, campaignPlatform } from "@arco/db/schema";
import { z } from "zod";

import { orgIdInput } from "../schemas";
import { reasonSchema } from "./billing";

/** The database's enums, spelled out so the browser never loads the schema (checked against it). */
export const aiInsightsLevels = [
  "none",
  "standard",
  "priority",
] as const satisfies readonly (typeof aiInsightsLevel.enumValues)[number][];
export const campaignPlatforms = [
  "google_ads",
  "meta_ads",
  "linkedin_ads",
  "tiktok_ads",
] as const satisfies readonly (typeof campaignPlatform.enumValues)[number][];

/** Storage limits are set up to a pebibyte (1024⁵ bytes): still exact as a JavaScript number. */
export const MAX_STORAGE_BYTES = 1024 ** 5;
/** Integer columns hold up to 2^31 - 1 cents. */
const MAX_PRICE_CENTS = 2_000_000_000;

const whole = (field: string, { min = 0, max = 1_000_000 }: { min?: number; max?: number } = {}) =>
  z
    .number(`Enter the ${field} as a number.`)
    .int(`Enter the ${field} as a whole number.`)
    .min(
      min,
      min === 0 ? `The ${field} cannot be negative.` : `The ${field} must be at least ${min}.`,
    )
    .max(max, `The ${field} is too large.`);

const cents = (field: string) =>
  z
    .number(`Enter the ${field} as a number.`)
    .int(`Enter the ${field} in whole cents.`)
    .min(0, `The ${field} cannot be negative.`)
    .max(MAX_PRICE_CENTS, `The ${field} is too large.`);

/** The allowances of a plan, or of one client's deal over it. */
export const limitsShape = {
  ticketsPerMonth: whole("monthly ticket limit").nullable(),
  storageBytes: whole("storage limit", { max: MAX_STORAGE_BYTES }).nullable(),
  maxProjects: whole("project limit").nullable(),
  maxDomains: whole("domain limit").nullable(),
  maxMembers: whole("team size", { min: 1 }).nullable(),
  responseSlaHours: whole("response time", { min: 1, max: 720 }).nullable(),
  // Credits have no "unlimited": they are spent from a balance.
  monthlyCredits: whole("monthly credits", { max: 10_000_000 }),
} satisfies Record<keyof CustomLimits, z.ZodType>;

export type LimitName = keyof typeof limitsShape;
export const limitNames = Object.keys(limitsShape) as LimitName[];

/** What an admin changes on a plan: any of its fields, the rest left as they are. */
export const planFields = z
  .object({
    name: z
      .string("Enter the plan's name.")
      .trim()
      .min(1, "Enter the plan's name.")
      .max(60, "Plan names are at most 60 characters."),
    description: z
      .string("Enter the plan's description as text.")
      .trim()
      .max(300, "Plan descriptions are at most 300 characters.")
      .transform((value) => value || null)
      .nullable(),
    ...limitsShape,
    priceMonthlyCents: cents("monthly price"),
    priceYearlyCents: cents("yearly price"),
    aiInsights: z.enum(aiInsightsLevels, "Choose a level of AI insights."),
    campaignPlatforms: z
      .array(z.enum(campaignPlatforms, "Choose campaign platforms from the list."))
      .max(campaignPlatforms.length, "Choose campaign platforms from the list.")
      .transform((chosen) => [...new Set(chosen)]),
    whiteLabel: z.boolean("Say whether white label is included."),
    isActive: z.boolean("Say whether the plan is on offer."),
  })
  .partial();

export const updatePlanInput = planFields.extend({ planId: z.uuid("That plan is not valid.") });

/** A key left out keeps the plan's limit; `{}` clears the client's own limits. */
export const customLimitsInput = orgIdInput.extend({
  limits: z.strictObject(limitsShape, "Set only the limits a plan has.").partial(),
  reason: reasonSchema,
});
