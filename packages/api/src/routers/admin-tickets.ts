import { tickets } from "@arco/services";

import {
  adminReplyTicketInput,
  adminTicketListInput,
  assignTicketInput,
  setTicketStatusInput,
  ticketIdInput,
} from "../schemas/tickets";
import { adminProcedure, router } from "../trpc";

/**
 * The agency's ticket queue across every client organization. Changes run as the staff member
 * working in the ticket's organization, audited under it.
 */
export const adminTicketsRouter = router({
  list: adminProcedure
    .input(adminTicketListInput)
    .query(({ ctx, input }) => tickets.listQueue(ctx.scope, input)),

  byId: adminProcedure
    .input(ticketIdInput)
    .query(({ ctx, input }) => tickets.queueTicket(ctx.scope, input)),

  /** Staff members a ticket can be assigned to. */
  staff: adminProcedure.query(({ ctx }) => tickets.listStaff(ctx.scope)),

  reply: adminProcedure
    .input(adminReplyTicketInput)
    .mutation(({ ctx, input }) => tickets.replyFromQueue(ctx.scope, input)),

  setStatus: adminProcedure
    .input(setTicketStatusInput)
    .mutation(({ ctx, input }) => tickets.setStatusFromQueue(ctx.scope, input)),

  assign: adminProcedure
    .input(assignTicketInput)
    .mutation(({ ctx, input }) => tickets.assignFromQueue(ctx.scope, input)),
});
