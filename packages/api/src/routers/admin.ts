import { getOutboxMessage, listOutbox } from "@arco/email";
import { functionsOverview, jobsStatus } from "@arco/jobs";
import { billing, credits, orgs, usage } from "@arco/services";
import { TRPCError } from "@trpc/server";

import { clientsListInput, idInput, orgIdInput, outboxListInput } from "../schemas";
import { adjustCreditsInput, refundInput, setPlanInput, usageInput } from "../schemas/billing";
import { router, staffProcedure } from "../trpc";
import { adminAuditRouter } from "./admin-audit";
import { adminLeadsRouter } from "./admin-leads";
import { adminMetricsRouter } from "./admin-metrics";
import { adminPeopleRouter } from "./admin-people";
import { adminPlansRouter } from "./admin-plans";
import { adminTicketsRouter } from "./admin-tickets";

export const adminRouter = router({
  /** Client organizations: their plan, billing and usage (staff act in one via impersonation). */
  clients: router({
    list: staffProcedure("workClients")
      .input(clientsListInput)
      .query(({ ctx, input }) => orgs.listClients(ctx.scope, input)),

    /** A client's plan, subscriptions and credits. */
    billing: staffProcedure("workClients")
      .input(orgIdInput)
      .query(({ ctx, input }) => billing.clientBilling(ctx.scope, { clientOrgId: input.orgId })),

    usage: staffProcedure("workClients")
      .input(orgIdInput.extend(usageInput.shape))
      .query(({ ctx, input }) =>
        usage.usageForStaff(ctx.scope, { clientOrgId: input.orgId, days: input.days }),
      ),

    /** An offline contract (or any plan, where Stripe is not configured), with its reason. */
    setPlan: staffProcedure("changeClientBilling")
      .input(setPlanInput)
      .mutation(({ ctx, input: { orgId, ...rest } }) =>
        billing.setPlanByHand(ctx.scope, { clientOrgId: orgId, ...rest }),
      ),

    adjustCredits: staffProcedure("changeClientBilling")
      .input(adjustCreditsInput)
      .mutation(({ ctx, input: { orgId, ...rest } }) =>
        credits.adjustCredits(ctx.scope, { clientOrgId: orgId, ...rest }),
      ),

    refundCredits: staffProcedure("changeClientBilling")
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
    list: staffProcedure("workClients").query(async ({ ctx }) => ({
      status: jobsStatus(),
      functions: await functionsOverview(ctx.db),
    })),
  }),

  /** The agency's queue of every client's support tickets. */
  tickets: adminTicketsRouter,

  /** The plan catalogue's editor and clients' own limits. */
  plans: adminPlansRouter,

  /** Accounts across clients: find, disable, verify, staff roles. */
  people: adminPeopleRouter,

  /** The free tier's leads and their weekly funnel. */
  leads: adminLeadsRouter,

  /** Every audited action across clients, and the impersonation sessions. */
  audit: adminAuditRouter,

  /** MRR, clients, support and the free tier's funnel, on the admin home. */
  metrics: adminMetricsRouter,

  /** Admins only: even without the links withheld, emails are other people's mail. */
  outbox: router({
    list: staffProcedure("readOutbox")
      .input(outboxListInput)
      .query(({ ctx, input }) => listOutbox(ctx.db, input)),

    byId: staffProcedure("readOutbox")
      .input(idInput)
      .query(async ({ ctx, input }) => {
        const message = await getOutboxMessage(ctx.db, input.id);
        if (!message)
          throw new TRPCError({ code: "NOT_FOUND", message: "That email was not found." });
        return message;
      }),
  }),
});
