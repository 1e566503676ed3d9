import { plans } from "@arco/services";

import { orgIdInput } from "../schemas";
import { customLimitsInput, updatePlanInput } from "../schemas/plans";
import { router, staffProcedure } from "../trpc";

/** The plan catalogue as the agency runs it, and the limits of one client's own deal. */
export const adminPlansRouter = router({
  /** Every plan with how many clients are on it; support staff read it. */
  list: staffProcedure("workClients").query(({ ctx }) => plans.listPlansForStaff(ctx.scope)),

  /** Limits, prices and features, for every organization on the plan at once. */
  update: staffProcedure("editPlans")
    .input(updatePlanInput)
    .mutation(({ ctx, input }) => plans.updatePlan(ctx.scope, input)),

  /** A client's limits: its plan's, its own and the ones it gets. */
  clientLimits: staffProcedure("workClients")
    .input(orgIdInput)
    .query(({ ctx, input }) => plans.clientLimits(ctx.scope, { clientOrgId: input.orgId })),

  setCustomLimits: staffProcedure("editPlans")
    .input(customLimitsInput)
    .mutation(({ ctx, input: { orgId, ...rest } }) =>
      plans.setCustomLimits(ctx.scope, { clientOrgId: orgId, ...rest }),
    ),
});
