import { accounts } from "@arco/services";

import { env } from "../env";
import { signUpInput, tokenInput } from "../schemas";
import { enforceRateLimit, publicProcedure, router } from "../trpc";

export const authRouter = router({
  /**
   * Creates the account and its own free organization and emails a link to verify the address.
   * The answer is the same when the address already has an account (its owner is emailed
   * instead), so sign-up never tells anyone which addresses are taken.
   */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "auth.signUp.ip", ctx.ip);
    await enforceRateLimit(ctx, "auth.signUp.account", input.email);
    const result = await accounts.signUp(ctx.db, input, {
      appUrl: env.APP_URL,
      ip: ctx.ip,
      userAgent: ctx.headers.get("user-agent"),
    });
    if (result.outcome === "created") {
      await ctx.emit({ name: "user/signed-up", data: { userId: result.user.id } });
    }
    return { verificationSentTo: accounts.normalizeEmail(input.email) };
  }),

  verifyEmail: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => accounts.verifyEmail(ctx.db, input.token, { ip: ctx.ip })),
});
