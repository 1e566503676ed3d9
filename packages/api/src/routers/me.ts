import { accounts } from "@arco/services";

import {
  changePasswordInput,
  emailPreferencesInput,
  setLocaleInput,
  updateProfileInput,
} from "../schemas";
import { enforceRateLimit, protectedProcedure, router } from "../trpc";

export const meRouter = router({
  get: protectedProcedure.query(({ ctx }) =>
    accounts.describeMe({
      user: ctx.user,
      access: ctx.access,
      memberships: ctx.memberships,
      impersonation: ctx.impersonation,
    }),
  ),

  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => accounts.updateProfile(ctx.scope, input)),

  /** The language the person reads Arco and its emails in. */
  setLocale: protectedProcedure
    .input(setLocaleInput)
    .mutation(({ ctx, input }) => accounts.setLocale(ctx.scope, input)),

  /** Which optional emails the person receives (transactional ones always go out). */
  setEmailPreferences: protectedProcedure
    .input(emailPreferencesInput)
    .mutation(({ ctx, input }) => accounts.setEmailPreferences(ctx.scope, input)),

  /** Ends every other session; limited so a stolen session cannot guess the current password. */
  changePassword: protectedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "account.changePassword.user", ctx.user.id);
    return accounts.changePassword(ctx.scope, input);
  }),

  /** Every session of this account ends, this one included. */
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) =>
    accounts.signOutEverywhere(ctx.scope),
  ),
});
