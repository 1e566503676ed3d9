export { archiveProject, createProject, unarchiveProject, updateProject } from "./projects";
export type { ProjectFields } from "./projects";
export { getProject, listProjects, projectsOverview } from "./queries";
export type { ProjectSort, ProjectStatus } from "./queries";
export {
  createDelivery,
  createMilestone,
  deleteDelivery,
  deleteMilestone,
  setMilestoneDone,
  updateMilestone,
} from "./timeline";
