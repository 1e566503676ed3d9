import { tickets } from "@arco/services";

import { env } from "../env";
import { permissions } from "../permissions";
import {
  assignTicketInput,
  attachableFilesInput,
  createTicketInput,
  replyTicketInput,
  setTicketStatusInput,
  ticketIdInput,
  ticketListInput,
} from "../schemas/tickets";
import { orgProcedure, requireRole, router } from "../trpc";

const workers = orgProcedure.use(requireRole(...permissions.workTickets));

export const ticketsRouter = router({
  list: orgProcedure
    .input(ticketListInput)
    .query(({ ctx, input }) => tickets.listTickets(ctx.db, { orgId: ctx.org.id, ...input })),

  byId: orgProcedure.input(ticketIdInput).query(({ ctx, input }) =>
    tickets.getTicket(ctx.db, {
      orgId: ctx.org.id,
      ticketId: input.ticketId,
      includeInternal: ctx.role === "staff",
    }),
  ),

  quota: orgProcedure.query(({ ctx }) => tickets.ticketQuota(ctx.db, { orgId: ctx.org.id })),

  overview: orgProcedure.query(({ ctx }) => tickets.ticketsOverview(ctx.db, { orgId: ctx.org.id })),

  /** The organization's files a ticket message can carry. */
  attachableFiles: orgProcedure
    .input(attachableFilesInput)
    .query(({ ctx, input }) => tickets.attachableFiles(ctx.db, { orgId: ctx.org.id, ...input })),

  /** The organization's projects, for the "Project" field of a new ticket. */
  projects: orgProcedure.query(({ ctx }) => tickets.projectOptions(ctx.db, { orgId: ctx.org.id })),

  create: workers.input(createTicketInput).mutation(({ ctx, input }) =>
    tickets.createTicket(ctx.db, ctx.auditActor, {
      orgId: ctx.org.id,
      ...input,
      appUrl: env.APP_URL,
    }),
  ),

  reply: workers.input(replyTicketInput).mutation(({ ctx, input }) =>
    tickets.replyToTicket(ctx.db, ctx.auditActor, {
      orgId: ctx.org.id,
      ...input,
      asStaff: ctx.role === "staff",
      appUrl: env.APP_URL,
    }),
  ),

  /** Agency staff working in the organization hand a ticket to one of them. */
  assign: orgProcedure
    // Validated first, so a malformed payload is answered the same way for everyone.
    .input(assignTicketInput)
    .use(requireRole("staff"))
    .mutation(({ ctx, input }) =>
      tickets.assignTicket(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  setStatus: workers.input(setTicketStatusInput).mutation(({ ctx, input }) =>
    tickets.setTicketStatus(ctx.db, ctx.auditActor, {
      orgId: ctx.org.id,
      ...input,
      asStaff: ctx.role === "staff",
    }),
  ),
});
