import { projects } from "@arco/services";

import { permissions } from "../permissions";
import { idInput } from "../schemas";
import {
  createDeliveryInput,
  createMilestoneInput,
  createProjectInput,
  listProjectsInput,
  setMilestoneDoneInput,
  updateMilestoneInput,
  updateProjectInput,
} from "../schemas/projects";
import { orgProcedure, requireRole, router } from "../trpc";

const editors = orgProcedure.use(requireRole(...permissions.manageProjects));

export const projectsRouter = router({
  list: orgProcedure
    .input(listProjectsInput)
    .query(({ ctx, input }) => projects.listProjects(ctx.db, { orgId: ctx.org.id, ...input })),

  byId: orgProcedure
    .input(idInput)
    .query(({ ctx, input }) => projects.getProject(ctx.db, { orgId: ctx.org.id, id: input.id })),

  overview: orgProcedure.query(({ ctx }) =>
    projects.projectsOverview(ctx.db, { orgId: ctx.org.id }),
  ),

  create: editors
    .input(createProjectInput)
    .mutation(({ ctx, input }) =>
      projects.createProject(ctx.db, ctx.auditActor, { ...input, orgId: ctx.org.id }),
    ),

  update: editors
    .input(updateProjectInput)
    .mutation(({ ctx, input }) =>
      projects.updateProject(ctx.db, ctx.auditActor, { ...input, orgId: ctx.org.id }),
    ),

  archive: editors
    .input(idInput)
    .mutation(({ ctx, input }) =>
      projects.archiveProject(ctx.db, ctx.auditActor, { orgId: ctx.org.id, id: input.id }),
    ),

  unarchive: editors
    .input(idInput)
    .mutation(({ ctx, input }) =>
      projects.unarchiveProject(ctx.db, ctx.auditActor, { orgId: ctx.org.id, id: input.id }),
    ),

  milestones: router({
    create: editors
      .input(createMilestoneInput)
      .mutation(({ ctx, input }) =>
        projects.createMilestone(ctx.db, ctx.auditActor, { ...input, orgId: ctx.org.id }),
      ),
    update: editors
      .input(updateMilestoneInput)
      .mutation(({ ctx, input }) =>
        projects.updateMilestone(ctx.db, ctx.auditActor, { ...input, orgId: ctx.org.id }),
      ),
    setDone: editors
      .input(setMilestoneDoneInput)
      .mutation(({ ctx, input }) =>
        projects.setMilestoneDone(ctx.db, ctx.auditActor, { ...input, orgId: ctx.org.id }),
      ),
    delete: editors
      .input(idInput)
      .mutation(({ ctx, input }) =>
        projects.deleteMilestone(ctx.db, ctx.auditActor, { orgId: ctx.org.id, id: input.id }),
      ),
  }),

  deliveries: router({
    create: editors
      .input(createDeliveryInput)
      .mutation(({ ctx, input }) =>
        projects.createDelivery(ctx.db, ctx.auditActor, { ...input, orgId: ctx.org.id }),
      ),
    delete: editors
      .input(idInput)
      .mutation(({ ctx, input }) =>
        projects.deleteDelivery(ctx.db, ctx.auditActor, { orgId: ctx.org.id, id: input.id }),
      ),
  }),
});
