import type { RouterInputs, RouterOutputs } from "@arco/api";

/**
 * The domains list's query input, shared by the server page (prefetch) and the client view, so
 * the prefetched first page is the one the view reuses.
 */
export const DOMAINS_PAGE_SIZE = 25;

type ListInput = NonNullable<RouterInputs["domains"]["list"]>;
export type DomainSort = NonNullable<ListInput["sort"]>;
export type DomainStatus = RouterOutputs["domains"]["byId"]["status"];
export type SslStatus = RouterOutputs["domains"]["byId"]["sslStatus"];

export interface DomainFilters {
  status?: DomainStatus;
  sslStatus?: SslStatus;
  expiringSoon?: boolean;
  search?: string;
  sort: DomainSort;
}

export const DEFAULT_FILTERS: DomainFilters = { sort: "name" };

/** The list input for `filters`, without empty keys. */
export function domainsListInput(filters: DomainFilters) {
  return {
    limit: DOMAINS_PAGE_SIZE,
    sort: filters.sort,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.sslStatus ? { sslStatus: filters.sslStatus } : {}),
    ...(filters.expiringSoon ? { expiringSoon: true } : {}),
    ...(filters.search ? { search: filters.search } : {}),
  };
}

const DAY_MS = 86_400_000;

/** The calendar day (YYYY-MM-DD) a moment falls on in `timeZone`. */
function dayIn(date: Date, timeZone: string) {
  // Only the numeric parts are read, so the locale here never reaches the page.
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * Whole days from today to a YYYY-MM-DD date or a timestamp, both as calendar days in
 * `timeZone` (the one dates are shown in); negative once past.
 */
export function daysUntil(when: string | Date, timeZone: string, now: Date) {
  const day = typeof when === "string" ? when : dayIn(when, timeZone);
  return Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${dayIn(now, timeZone)}T00:00:00Z`)) / DAY_MS,
  );
}

/** A YYYY-MM-DD date as a Date at UTC midnight; shown with `timeZone: "UTC"`, it is that day. */
export const dateOnly = (day: string) => new Date(`${day}T00:00:00Z`);
