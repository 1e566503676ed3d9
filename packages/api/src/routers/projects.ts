import { projects } from "@arco/services";

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
import { orgProcedure, requirePermissionTo, router } from "../trpc";

const editors = orgProcedure.use(requirePermissionTo("manageProjects"));

export const projectsRouter = router({
  list: orgProcedure
    .input(listProjectsInput)
    .query(({ ctx, input }) => projects.listProjects(ctx.scope, input)),

  byId: orgProcedure
    .input(idInput)
    .query(({ ctx, input }) => projects.getProject(ctx.scope, input)),

  overview: orgProcedure.query(({ ctx }) => projects.projectsOverview(ctx.scope)),

  create: editors
    .input(createProjectInput)
    .mutation(({ ctx, input }) => projects.createProject(ctx.scope, input)),

  update: editors
    .input(updateProjectInput)
    .mutation(({ ctx, input }) => projects.updateProject(ctx.scope, input)),

  archive: editors
    .input(idInput)
    .mutation(({ ctx, input }) => projects.archiveProject(ctx.scope, input)),

  unarchive: editors
    .input(idInput)
    .mutation(({ ctx, input }) => projects.unarchiveProject(ctx.scope, input)),

  milestones: router({
    create: editors
      .input(createMilestoneInput)
      .mutation(({ ctx, input }) => projects.createMilestone(ctx.scope, input)),
    update: editors
      .input(updateMilestoneInput)
      .mutation(({ ctx, input }) => projects.updateMilestone(ctx.scope, input)),
    setDone: editors
      .input(setMilestoneDoneInput)
      .mutation(({ ctx, input }) => projects.setMilestoneDone(ctx.scope, input)),
    delete: editors
      .input(idInput)
      .mutation(({ ctx, input }) => projects.deleteMilestone(ctx.scope, input)),
  }),

  deliveries: router({
    create: editors
      .input(createDeliveryInput)
      .mutation(({ ctx, input }) => projects.createDelivery(ctx.scope, input)),
    delete: editors
      .input(idInput)
      .mutation(({ ctx, input }) => projects.deleteDelivery(ctx.scope, input)),
  }),
});
