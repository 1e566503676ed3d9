import { supportTickets } from "@arco/db/schema";
import { and, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

export const TICKET_STATUSES = supportTickets.status.enumValues;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = supportTickets.priority.enumValues;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Statuses in which a ticket still needs the agency. */
export const ACTIVE_STATUSES = [
  "open",
  "in_progress",
  "waiting_client",
] as const satisfies TicketStatus[];

export type SlaState = "met" | "breached" | "due" | "none";

interface SlaFields {
  status: TicketStatus;
  firstResponseDueAt: Date | null;
  firstResponseAt: Date | null;
  slaBreachedAt: Date | null;
}

/**
 * Where a ticket stands against its first-response SLA: `met` (answered in time), `breached`
 * (answered late, or still unanswered past the due time), `due` (unanswered, due at
 * `firstResponseDueAt`) or `none` (the plan has no SLA, or the ticket was settled unanswered).
 */
export function slaStateOf(ticket: SlaFields, now: Date = new Date()): SlaState {
  if (ticket.slaBreachedAt) return "breached";
  if (!ticket.firstResponseDueAt) return "none";
  if (ticket.firstResponseAt) return "met";
  if (ticket.firstResponseDueAt < now) return "breached";
  return (ACTIVE_STATUSES as readonly string[]).includes(ticket.status) ? "due" : "none";
}

/** SQL twin of `slaStateOf(...) === "breached"`. */
export const breachedAt = (now: Date): SQL =>
  or(
    isNotNull(supportTickets.slaBreachedAt),
    and(isNull(supportTickets.firstResponseAt), lt(supportTickets.firstResponseDueAt, now)),
  )!;

export const isActive = () => inArray(supportTickets.status, [...ACTIVE_STATUSES]);
