import { impersonation, orgs } from "@arco/services";

import { orgIdInput, orgNameInput, orgSettingsInput, paginationInput } from "../schemas";
import { orgProcedure, protectedProcedure, requirePermissionTo, router } from "../trpc";

export const orgsRouter = router({
  list: protectedProcedure.query(({ ctx }) => ctx.memberships),

  current: orgProcedure.query(({ ctx }) => orgs.organizationOverview(ctx.scope)),

  /** Recent activity in the organization, from its audit log. */
  activity: orgProcedure
    .input(paginationInput)
    .query(({ ctx, input }) => orgs.listActivity(ctx.scope, input)),

  create: protectedProcedure.input(orgNameInput).mutation(async ({ ctx, input }) => {
    const org = await orgs.createOrganization(ctx.scope, input);
    return { id: org.id, name: org.name, slug: org.slug };
  }),

  switch: protectedProcedure
    .input(orgIdInput)
    .mutation(({ ctx, input }) => orgs.switchOrganization(ctx.scope, input)),

  /** What the settings page edits; anyone in the organization may read it. */
  settings: orgProcedure.query(({ ctx }) => orgs.organizationSettings(ctx.access.org)),

  /** "Agency access": every time agency staff acted in the organization, and why. */
  agencyAccess: orgProcedure
    .use(requirePermissionTo("manageSettings"))
    .input(paginationInput)
    .query(({ ctx, input }) => impersonation.agencyAccessLog(ctx.scope, input)),

  update: orgProcedure
    .use(requirePermissionTo("manageSettings"))
    .input(orgSettingsInput)
    .mutation(({ ctx, input }) => orgs.updateOrganization(ctx.scope, input)),
});
