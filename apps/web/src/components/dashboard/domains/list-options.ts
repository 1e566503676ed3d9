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

/** Whole days from today (UTC) to a YYYY-MM-DD date or a timestamp; negative once past. */
export function daysUntil(when: string | Date, now = new Date()) {
  const day = typeof when === "string" ? when : when.toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** "in 12 days", "tomorrow", "today", "3 days ago". */
export function daysLeftLabel(days: number) {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** A YYYY-MM-DD date as a Date at UTC midnight, for `formatDate`. */
export const dateOnly = (day: string) => new Date(`${day}T00:00:00Z`);
