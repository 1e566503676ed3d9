import { members } from "@arco/services";

import { membershipIdInput, paginationInput, updateRoleInput } from "../schemas";
import { orgProcedure, requirePermissionTo, router } from "../trpc";

const managers = orgProcedure.use(requirePermissionTo("manageTeam"));

export const membersRouter = router({
  list: orgProcedure
    .input(paginationInput)
    .query(({ ctx, input }) => members.listMembers(ctx.scope, input)),

  updateRole: managers
    .input(updateRoleInput)
    .mutation(({ ctx, input }) => members.updateMemberRole(ctx.scope, input)),

  remove: managers
    .input(membershipIdInput)
    .mutation(({ ctx, input }) => members.removeMember(ctx.scope, input)),

  leave: orgProcedure
    .use(requirePermissionTo("leaveOrganization"))
    .mutation(({ ctx }) => members.leaveOrganization(ctx.scope)),
});
