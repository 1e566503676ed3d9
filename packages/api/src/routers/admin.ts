import { getOutboxMessage, listOutbox } from "@arco/email";
import { functionsOverview, jobsStatus } from "@arco/jobs";
import { orgs } from "@arco/services";
import { TRPCError } from "@trpc/server";

import { clientsListInput, idInput, orgIdInput, outboxListInput } from "../schemas";
import { adminProcedure, agencyAdminProcedure, router } from "../trpc";
import { adminTicketsRouter } from "./admin-tickets";

export const adminRouter = router({
  /** Client organizations: staff open one to work in it from the dashboard, audited. */
  clients: router({
    list: adminProcedure
      .input(clientsListInput)
      .query(({ ctx, input }) => orgs.listClients(ctx.scope, input)),

    open: adminProcedure
      .input(orgIdInput)
      .mutation(({ ctx, input }) => orgs.openClientOrg(ctx.scope, input)),

    leave: adminProcedure.mutation(({ ctx }) => orgs.leaveClientOrg(ctx.scope)),
  }),

  /**
   * The background functions: how each is triggered and, under the local runner, its latest
   * run and what waits (on Inngest, its own dashboard has the runs).
   */
  jobs: router({
    list: adminProcedure.query(async ({ ctx }) => ({
      status: jobsStatus(),
      functions: await functionsOverview(ctx.db),
    })),
  }),

  /** The agency's queue of every client's support tickets. */
  tickets: adminTicketsRouter,

  /** Admins only: even without the links withheld, emails are other people's mail. */
  outbox: router({
    list: agencyAdminProcedure
      .input(outboxListInput)
      .query(({ ctx, input }) => listOutbox(ctx.db, input)),

    byId: agencyAdminProcedure.input(idInput).query(async ({ ctx, input }) => {
      const message = await getOutboxMessage(ctx.db, input.id);
      if (!message)
        throw new TRPCError({ code: "NOT_FOUND", message: "That email was not found." });
      return message;
    }),
  }),
});
