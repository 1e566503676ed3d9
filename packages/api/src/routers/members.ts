import { members } from "@arco/services";

import { membershipIdInput, paginationInput, updateRoleInput } from "../schemas";
import { orgProcedure, requireRole, router } from "../trpc";

const managers = orgProcedure.use(requireRole(...members.MANAGER_ROLES));

export const membersRouter = router({
  list: orgProcedure
    .input(paginationInput)
    .query(({ ctx, input }) =>
      members.listMembers(ctx.db, { orgId: ctx.org.id, userId: ctx.user.id, ...input }),
    ),

  updateRole: managers
    .input(updateRoleInput)
    .mutation(({ ctx, input }) =>
      members.updateMemberRole(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  remove: managers
    .input(membershipIdInput)
    .mutation(({ ctx, input }) =>
      members.removeMember(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  leave: orgProcedure
    .use(requireRole("owner", "admin", "member", "viewer"))
    .mutation(({ ctx }) =>
      members.leaveOrganization(ctx.db, ctx.auditActor, { orgId: ctx.org.id }),
    ),
});
