import { invitations, members } from "@arco/services";

import { env } from "../env";
import { createInvitationInput, invitationIdInput, tokenInput } from "../schemas";
import {
  enforceRateLimit,
  orgProcedure,
  protectedProcedure,
  publicProcedure,
  requireRole,
  router,
} from "../trpc";

const managers = orgProcedure.use(requireRole(...members.MANAGER_ROLES));

export const invitationsRouter = router({
  list: managers.query(({ ctx }) => invitations.listPendingInvitations(ctx.db, ctx.org.id)),

  create: managers.input(createInvitationInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "invitations.create.ip", ctx.ip);
    await enforceRateLimit(ctx, "invitations.create.user", ctx.user.id);
    return invitations.createInvitation(ctx.db, ctx.auditActor, {
      orgId: ctx.org.id,
      appUrl: env.APP_URL,
      ...input,
    });
  }),

  revoke: managers
    .input(invitationIdInput)
    .mutation(({ ctx, input }) =>
      invitations.revokeInvitation(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  byToken: publicProcedure
    .input(tokenInput)
    .query(({ ctx, input }) => invitations.invitationByToken(ctx.db, input.token)),

  accept: protectedProcedure.input(tokenInput).mutation(({ ctx, input }) =>
    invitations.acceptInvitation(ctx.db, ctx.auditActor, {
      token: input.token,
      email: ctx.user.email,
    }),
  ),

  decline: protectedProcedure.input(tokenInput).mutation(({ ctx, input }) =>
    invitations.declineInvitation(ctx.db, ctx.auditActor, {
      token: input.token,
      email: ctx.user.email,
    }),
  ),
});
