import { impersonation } from "@arco/services";

import { orgIdInput } from "../schemas";
import { startImpersonationInput } from "../schemas/impersonation";
import { protectedProcedure, router, staffProcedure } from "../trpc";

/**
 * Agency staff acting for a client: as one of its members, or inside the organization as staff.
 * Bound to the session, audited from start to end; see `@arco/services/impersonation`.
 */
export const impersonationRouter = router({
  /** The members of a client staff may act as, each with why not when they may not. */
  members: staffProcedure("impersonate")
    .input(orgIdInput)
    .query(({ ctx, input }) =>
      impersonation.membersToImpersonate(ctx.scope, { clientOrgId: input.orgId }),
    ),

  start: staffProcedure("impersonate")
    .input(startImpersonationInput)
    .mutation(({ ctx, input }) =>
      impersonation.startImpersonation(ctx.scope, {
        clientOrgId: input.orgId,
        targetUserId: input.userId ?? null,
        reason: input.reason,
        minutes: input.minutes,
      }),
    ),

  /** "Stop": allowed to whoever the session acts as, since the real person asks. */
  stop: protectedProcedure.mutation(({ ctx }) => impersonation.stopImpersonation(ctx.scope)),
});
