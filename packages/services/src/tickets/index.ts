export { TICKET_SORTS } from "./cursor";
export type { TicketSort } from "./cursor";
export { replyToTicket } from "./messages";
export type { ReplyInput } from "./messages";
export { ticketQuota } from "./quota";
export { attachableFiles, getTicket, listTickets, projectOptions, ticketsOverview } from "./read";
export type { StatusFilter, TicketFilters } from "./read";
export { resetDueTicketQuotas } from "./background";
export { ACTIVE_STATUSES, TICKET_PRIORITIES, TICKET_STATUSES, slaStateOf } from "./sla";
export type { SlaState, TicketPriority, TicketStatus } from "./sla";
export {
  assignFromQueue,
  listQueue,
  listStaff,
  queueTicket,
  replyFromQueue,
  setStatusFromQueue,
} from "./staff";
export type { QueueFilters } from "./staff";
export { assignTicket, createTicket, setTicketStatus } from "./tickets";
export type { CreateTicketInput } from "./tickets";
