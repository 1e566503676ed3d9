/**
 * Input schemas of the agency's leads console, shared with the web page and the CSV export.
 * The filters are text, as a page's address carries them (`?consent=yes&from=2026-03-01`), so
 * the page, the list and the export read the same parameters. Pure zod: safe to import in the
 * browser.
 */
import type { nurtureStatus } from "@arco/db/schema";
import type { LeadSource } from "@arco/services/leads";
import { z } from "zod";

import { calendarDateSchema, paginationInput } from "../schemas";

type NurtureStatus = (typeof nurtureStatus.enumValues)[number];

/** The database's enum and the capture's sources, spelled out for the browser (checked). */
export const nurtureStatuses = [
  "active",
  "cancelled",
  "completed",
] as const satisfies readonly NurtureStatus[];
export const leadSources = [
  "report-email",
  "sign-up-prompt",
] as const satisfies readonly LeadSource[];

const yesOrNo = (message: string) =>
  z.enum(["yes", "no"], message).transform((answer) => answer === "yes");

export const leadFiltersShape = {
  search: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
  consent: yesOrNo("Choose yes or no for consent.").optional(),
  nurtureStatus: z.enum(nurtureStatuses, "Choose a nurture status.").optional(),
  converted: yesOrNo("Choose yes or no for converted.").optional(),
  unsubscribed: yesOrNo("Choose yes or no for unsubscribed.").optional(),
  source: z.enum(leadSources, "Choose a source.").optional(),
  from: calendarDateSchema("Enter the first day as YYYY-MM-DD, like 2026-03-01.").optional(),
  to: calendarDateSchema("Enter the last day as YYYY-MM-DD, like 2026-03-31.").optional(),
};

/** The period runs forwards: its last day is never before its first. */
const forwards = (filters: { from?: string; to?: string }) =>
  !filters.from || !filters.to || filters.from <= filters.to;
const backwards = { message: "The last day comes on or after the first.", path: ["to"] };

export const leadFiltersInput = z.object(leadFiltersShape).refine(forwards, backwards);

export const leadsListInput = z
  .object({ ...leadFiltersShape, ...paginationInput.shape })
  .refine(forwards, backwards);

export const leadsFunnelInput = z.object({
  weeks: z
    .number("Choose a number of weeks.")
    .int("Choose a whole number of weeks.")
    .min(1, "Show between 1 and 52 weeks.")
    .max(52, "Show between 1 and 52 weeks.")
    .default(12),
});
