export { createTicket } from "./create";
export type { CreateTicketInput } from "./create";
export { TICKET_SORTS } from "./cursor";
export type { TicketSort } from "./cursor";
export type { Notifier } from "./notify";
export { ticketsOverview } from "./overview";
export { resetDueTicketQuotas, ticketQuota } from "./quota";
export {
  attachableFiles,
  getTicket,
  listAllTickets,
  listStaff,
  listTickets,
  projectOptions,
} from "./read";
export type { StatusFilter, TicketFilters } from "./read";
export { replyToTicket } from "./reply";
export type { ReplyInput } from "./reply";
export { ACTIVE_STATUSES, TICKET_PRIORITIES, TICKET_STATUSES, slaStateOf } from "./sla";
export type { SlaState, TicketPriority, TicketStatus } from "./sla";
export { assignTicket, setTicketStatus } from "./status";
