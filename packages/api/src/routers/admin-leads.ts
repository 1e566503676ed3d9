import { leads } from "@arco/services";

import { leadsFunnelInput, leadsListInput } from "../schemas/leads";
import { router, staffProcedure } from "../trpc";

/**
 * The free tier's leads for agency staff; their CSV export is a route of its own
 * (`exportLeadsCsv`), for admins.
 */
export const adminLeadsRouter = router({
  list: staffProcedure("readLeads")
    .input(leadsListInput)
    .query(({ ctx, input }) => leads.listLeads(ctx.scope, input)),

  funnel: staffProcedure("readLeads")
    .input(leadsFunnelInput)
    .query(({ ctx, input }) => leads.leadsFunnel(ctx.scope, input)),
});
