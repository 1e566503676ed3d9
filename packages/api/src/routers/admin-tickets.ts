import { tickets } from "@arco/services";
import { supportTickets } from "@arco/db/schema";
import { eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";

import { env } from "../env";
import {
  adminReplyTicketInput,
  adminTicketListInput,
  assignTicketInput,
  setTicketStatusInput,
  ticketIdInput,
} from "../schemas/tickets";
import { adminProcedure, router } from "../trpc";
import type { Context } from "../trpc";

/** The organization a ticket belongs to: admin mutations are audited under it. */
async function orgOfTicket(ctx: Context, ticketId: string) {
  const [row] = await ctx.db
    .select({ orgId: supportTickets.orgId })
    .from(supportTickets)
    .where(eq(supportTickets.id, ticketId));
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Ticket was not found." });
  return row.orgId;
}

/** The agency's ticket queue across every client organization. */
export const adminTicketsRouter = router({
  list: adminProcedure
    .input(adminTicketListInput)
    .query(({ ctx, input }) => tickets.listAllTickets(ctx.db, input)),

  byId: adminProcedure
    .input(ticketIdInput)
    .query(({ ctx, input }) =>
      tickets.getTicket(ctx.db, { ticketId: input.ticketId, includeInternal: true }),
    ),

  /** Staff members a ticket can be assigned to. */
  staff: adminProcedure.query(({ ctx }) => tickets.listStaff(ctx.db)),

  reply: adminProcedure.input(adminReplyTicketInput).mutation(async ({ ctx, input }) =>
    tickets.replyToTicket(ctx.db, ctx.auditActor, {
      orgId: await orgOfTicket(ctx, input.ticketId),
      ...input,
      asStaff: true,
      appUrl: env.APP_URL,
    }),
  ),

  setStatus: adminProcedure.input(setTicketStatusInput).mutation(async ({ ctx, input }) =>
    tickets.setTicketStatus(ctx.db, ctx.auditActor, {
      orgId: await orgOfTicket(ctx, input.ticketId),
      ...input,
      asStaff: true,
    }),
  ),

  assign: adminProcedure.input(assignTicketInput).mutation(async ({ ctx, input }) =>
    tickets.assignTicket(ctx.db, ctx.auditActor, {
      orgId: await orgOfTicket(ctx, input.ticketId),
      ...input,
    }),
  ),
});
