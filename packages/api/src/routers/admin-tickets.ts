import { tickets } from "@arco/services";

import {
  adminReplyTicketInput,
  adminTicketListInput,
  assignTicketInput,
  setTicketStatusInput,
  ticketIdInput,
} from "../schemas/tickets";
import { router, staffProcedure } from "../trpc";

/**
 * The agency's ticket queue across every client organization. Changes run as the staff member
 * working in the ticket's organization, audited under it.
 */
export const adminTicketsRouter = router({
  list: staffProcedure("workClients")
    .input(adminTicketListInput)
    .query(({ ctx, input }) => tickets.listQueue(ctx.scope, input)),

  byId: staffProcedure("workClients")
    .input(ticketIdInput)
    .query(({ ctx, input }) => tickets.queueTicket(ctx.scope, input)),

  /** Staff members a ticket can be assigned to. */
  staff: staffProcedure("workClients").query(({ ctx }) => tickets.listStaff(ctx.scope)),

  reply: staffProcedure("workClients")
    .input(adminReplyTicketInput)
    .mutation(({ ctx, input }) => tickets.replyFromQueue(ctx.scope, input)),

  setStatus: staffProcedure("workClients")
    .input(setTicketStatusInput)
    .mutation(({ ctx, input }) => tickets.setStatusFromQueue(ctx.scope, input)),

  assign: staffProcedure("workClients")
    .input(assignTicketInput)
    .mutation(({ ctx, input }) => tickets.assignFromQueue(ctx.scope, input)),
});
