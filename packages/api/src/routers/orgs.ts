import { orgs } from "@arco/services";

import { orgIdInput, orgNameInput, paginationInput } from "../schemas";
import { orgProcedure, protectedProcedure, requireRole, router } from "../trpc";

export const orgsRouter = router({
  list: protectedProcedure.query(({ ctx }) => orgs.listMemberships(ctx.db, ctx.user.id)),

  current: orgProcedure.query(({ ctx }) => orgs.organizationOverview(ctx.db, ctx.access)),

  /** Recent activity in the organization, from its audit log. */
  activity: orgProcedure
    .input(paginationInput)
    .query(({ ctx, input }) => orgs.listActivity(ctx.db, { orgId: ctx.org.id, ...input })),

  create: protectedProcedure.input(orgNameInput).mutation(async ({ ctx, input }) => {
    const org = await orgs.createOrganization(ctx.db, ctx.auditActor, input);
    return { id: org.id, name: org.name, slug: org.slug };
  }),

  switch: protectedProcedure
    .input(orgIdInput)
    .mutation(({ ctx, input }) => orgs.switchOrganization(ctx.db, ctx.auditActor, input.orgId)),

  update: orgProcedure
    .use(requireRole("owner", "admin"))
    .input(orgNameInput)
    .mutation(({ ctx, input }) =>
      orgs.updateOrganization(ctx.db, ctx.auditActor, ctx.org.id, input),
    ),
});
