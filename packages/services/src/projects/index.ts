export { archiveProject, createProject, unarchiveProject, updateProject } from "./projects";
export type { ProjectFields } from "./projects";
export { getProject, listProjects, projectsOverview } from "./read";
export type { ProjectSort, ProjectStatus } from "./read";
export {
  createDelivery,
  createMilestone,
  deleteDelivery,
  deleteMilestone,
  setMilestoneDone,
  updateMilestone,
} from "./timeline";
