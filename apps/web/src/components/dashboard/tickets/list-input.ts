/**
 * The ticket lists' filters and the input they make. The server page prefetches with the same
 * values the client queries with, so the prefetched page is the one reused.
 */
import type { ticketSorts } from "@arco/api/schemas/tickets";

import type { TicketPriority, TicketStatus } from "~/components/dashboard/tickets/ticket-badges";

export const TICKETS_PAGE_SIZE = 20;

export type StatusFilter = "active" | "all" | TicketStatus;
export type SortOption = (typeof ticketSorts)[number];

export interface TicketFilterValues {
  status: StatusFilter;
  priority: TicketPriority | "any";
  sort: SortOption;
}

export const defaultFilters: TicketFilterValues = {
  status: "active",
  priority: "any",
  sort: "newest",
};

export const filterInput = (f: TicketFilterValues) => ({
  limit: TICKETS_PAGE_SIZE,
  status: f.status,
  sort: f.sort,
  ...(f.priority === "any" ? {} : { priority: f.priority }),
});

export { nextCursor } from "~/lib/pagination";
