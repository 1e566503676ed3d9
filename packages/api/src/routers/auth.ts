import { accounts } from "@arco/services";

import { requestPasswordResetInput, resetPasswordInput, signUpInput, tokenInput } from "../schemas";
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
    await accounts.signUp(ctx.scope, input);
    return { verificationSentTo: accounts.normalizeEmail(input.email) };
  }),

  /** "Forgot password": the same answer whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .mutation(async ({ ctx, input }) => {
      await enforceRateLimit(ctx, "auth.passwordReset.ip", ctx.ip);
      await enforceRateLimit(ctx, "auth.passwordReset.account", input.email);
      return accounts.requestPasswordReset(ctx.scope, input);
    }),

  /** Sets the password from the emailed link; every session of the account ends. */
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "auth.passwordReset.ip", ctx.ip);
    return accounts.resetPassword(ctx.scope, input);
  }),

  verifyEmail: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => accounts.verifyEmail(ctx.scope, input)),
});
