import { leadFiltersInput, leadFiltersShape } from "@arco/api/schemas/leads";
import type { RouterInputs } from "@arco/api";

/** Leads per page; the page prefetches the first with the same input the table asks for. */
const LEADS_PAGE_SIZE = 25;

/** Weeks the funnel shows until the viewer picks another period. */
export const FUNNEL_WEEKS = [8, 12, 26] as const;
export const DEFAULT_FUNNEL_WEEKS = 12;

export type LeadFilterName = keyof typeof leadFiltersShape;
/** The filters as the page's address carries them (`consent=yes`), which the API reads too. */
export type LeadFilterValues = Omit<RouterInputs["admin"]["leads"]["list"], "cursor" | "limit">;

const names = Object.keys(leadFiltersShape) as LeadFilterName[];

/**
 * The filters of a page address, each kept only when valid: a mistyped parameter is dropped
 * rather than failing the page (the export route, given the same, says what is wrong).
 */
export function leadFiltersFrom(params: Record<string, string | string[] | undefined>) {
  const filters: Record<string, string> = {};
  for (const name of names) {
    const value = params[name];
    if (typeof value === "string" && value && leadFiltersShape[name].safeParse(value).success) {
      filters[name] = value;
    }
  }
  // A period that runs backwards keeps its first day only.
  if (!leadFiltersInput.safeParse(filters).success) delete filters.to;
  return filters as LeadFilterValues;
}

/** The same filters as a query string, for the address and the export link. */
export const leadFiltersQuery = (filters: LeadFilterValues) =>
  new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();

export const leadsQueryInput = (filters: LeadFilterValues) => ({
  ...filters,
  limit: LEADS_PAGE_SIZE,
});
