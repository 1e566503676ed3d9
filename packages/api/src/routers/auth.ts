import { accounts } from "@arco/services";

import { env } from "../env";
import { signUpInput, tokenInput } from "../schemas";
import { enforceRateLimit, protectedProcedure, publicProcedure, router } from "../trpc";

export const authRouter = router({
  /** Creates the account and its own free organization; the client then signs in. */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "auth.signUp.ip", ctx.ip);
    await enforceRateLimit(ctx, "auth.signUp.account", input.email);
    const { user } = await accounts.signUp(ctx.db, input, {
      ip: ctx.ip,
      userAgent: ctx.headers.get("user-agent"),
    });
    await ctx.emit({ name: "user/signed-up", data: { userId: user.id } });
    const actor = { userId: user.id, actorUserId: user.id, ip: ctx.ip };
    await accounts.requestEmailVerification(ctx.db, actor, { appUrl: env.APP_URL });
    return { userId: user.id };
  }),

  verifyEmail: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => accounts.verifyEmail(ctx.db, input.token, { ip: ctx.ip })),

  resendVerification: protectedProcedure.mutation(async ({ ctx }) => {
    await enforceRateLimit(ctx, "auth.magicLink.account", ctx.user.email);
    return accounts.requestEmailVerification(ctx.db, ctx.auditActor, { appUrl: env.APP_URL });
  }),
});
