import { accounts } from "@arco/services";

import { changePasswordInput, updateProfileInput } from "../schemas";
import { protectedProcedure, router } from "../trpc";

export const meRouter = router({
  get: protectedProcedure.query(({ ctx }) => accounts.getMe(ctx.db, ctx.user.id)),

  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => accounts.updateProfile(ctx.db, ctx.auditActor, input)),

  changePassword: protectedProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => accounts.changePassword(ctx.db, ctx.auditActor, input)),
});
