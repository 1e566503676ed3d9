import { tickets } from "@arco/services";

import {
  assignTicketInput,
  attachableFilesInput,
  createTicketInput,
  replyTicketInput,
  setTicketStatusInput,
  ticketIdInput,
  ticketListInput,
} from "../schemas/tickets";
import { orgProcedure, requirePermissionTo, router } from "../trpc";

const workers = orgProcedure.use(requirePermissionTo("workTickets"));

export const ticketsRouter = router({
  list: orgProcedure
    .input(ticketListInput)
    .query(({ ctx, input }) => tickets.listTickets(ctx.scope, input)),

  /** Internal notes are in the thread only for agency staff working in the organization. */
  byId: orgProcedure
    .input(ticketIdInput)
    .query(({ ctx, input }) => tickets.getTicket(ctx.scope, input)),

  quota: orgProcedure.query(({ ctx }) => tickets.ticketQuota(ctx.scope)),

  overview: orgProcedure.query(({ ctx }) => tickets.ticketsOverview(ctx.scope)),

  /** The organization's files a ticket message can carry. */
  attachableFiles: orgProcedure
    .input(attachableFilesInput)
    .query(({ ctx, input }) => tickets.attachableFiles(ctx.scope, input)),

  /** The organization's projects, for the "Project" field of a new ticket. */
  projects: orgProcedure.query(({ ctx }) => tickets.projectOptions(ctx.scope)),

  create: workers
    .input(createTicketInput)
    .mutation(({ ctx, input }) => tickets.createTicket(ctx.scope, input)),

  reply: workers
    .input(replyTicketInput)
    .mutation(({ ctx, input }) => tickets.replyToTicket(ctx.scope, input)),

  /** Agency staff working in the organization hand a ticket to one of them. */
  assign: orgProcedure
    .input(assignTicketInput)
    .use(requirePermissionTo("assignTickets"))
    .mutation(({ ctx, input }) => tickets.assignTicket(ctx.scope, input)),

  setStatus: workers
    .input(setTicketStatusInput)
    .mutation(({ ctx, input }) => tickets.setTicketStatus(ctx.scope, input)),
});
