import { invitations } from "@arco/services";

import { createInvitationInput, invitationIdInput, tokenInput } from "../schemas";
import {
  enforceRateLimit,
  orgProcedure,
  protectedProcedure,
  publicProcedure,
  requirePermissionTo,
  router,
} from "../trpc";

const managers = orgProcedure.use(requirePermissionTo("manageTeam"));

export const invitationsRouter = router({
  list: managers.query(({ ctx }) => invitations.listPendingInvitations(ctx.scope)),

  /** Managers, and members too when the organization's invite policy lets them. */
  create: orgProcedure.input(createInvitationInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "invitations.create.ip", ctx.ip);
    await enforceRateLimit(ctx, "invitations.create.user", ctx.user.id);
    return invitations.createInvitation(ctx.scope, input);
  }),

  revoke: managers
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => invitations.revokeInvitation(ctx.scope, input)),

  byToken: publicProcedure
    .input(tokenInput)
    .query(({ ctx, input }) => invitations.invitationByToken(ctx.scope, input)),

  accept: protectedProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => invitations.acceptInvitation(ctx.scope, input)),

  decline: protectedProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => invitations.declineInvitation(ctx.scope, input)),
});
