import { accounts } from "@arco/services";

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
    await accounts.signUp(ctx.scope, input);
    return { verificationSentTo: accounts.normalizeEmail(input.email) };
  }),

  verifyEmail: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => accounts.verifyEmail(ctx.scope, input)),
});
