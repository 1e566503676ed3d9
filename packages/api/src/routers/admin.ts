import { getOutboxMessage, listOutbox } from "@arco/email";
import { functionsOverview, jobsStatus } from "@arco/jobs";
import { billing, credits, orgs, usage } from "@arco/services";
import { TRPCError } from "@trpc/server";

import { clientsListInput, idInput, orgIdInput, outboxListInput } from "../schemas";
import { adjustCreditsInput, refundInput, setPlanInput, usageInput } from "../schemas/billing";
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

    /** A client's plan, subscriptions and credits. */
    billing: adminProcedure
      .input(orgIdInput)
      .query(({ ctx, input }) => billing.clientBilling(ctx.scope, { clientOrgId: input.orgId })),

    usage: adminProcedure
      .input(orgIdInput.extend(usageInput.shape))
      .query(({ ctx, input }) =>
        usage.usageForStaff(ctx.scope, { clientOrgId: input.orgId, days: input.days }),
      ),

    /** An offline contract (or any plan, where Stripe is not configured), with its reason. */
    setPlan: agencyAdminProcedure
      .input(setPlanInput)
      .mutation(({ ctx, input: { orgId, ...rest } }) =>
        billing.setPlanByHand(ctx.scope, { clientOrgId: orgId, ...rest }),
      ),

    adjustCredits: agencyAdminProcedure
      .input(adjustCreditsInput)
      .mutation(({ ctx, input: { orgId, ...rest } }) =>
        credits.adjustCredits(ctx.scope, { clientOrgId: orgId, ...rest }),
      ),

    refundCredits: agencyAdminProcedure
      .input(refundInput)
      .mutation(({ ctx, input: { orgId, ...rest } }) =>
        credits.refundDebit(ctx.scope, { clientOrgId: orgId, ...rest }),
      ),
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
