/**
 * The project list's filters and the input they make. The server page prefetches with the same
 * values the client queries with, so the prefetched page is the one reused.
 */
import type { ProjectSort, ProjectStatus } from "@arco/api/schemas/projects";

export const PROJECTS_PAGE_SIZE = 12;

export interface ProjectFilters {
  status?: ProjectStatus;
  search?: string;
  includeArchived: boolean;
  sort: ProjectSort;
}

export const defaultProjectFilters: ProjectFilters = { includeArchived: false, sort: "updated" };

/** The list query's input, with unset filters left out (so the server's prefetch matches). */
export const projectsListInput = ({ status, search, includeArchived, sort }: ProjectFilters) => ({
  limit: PROJECTS_PAGE_SIZE,
  includeArchived,
  sort,
  ...(status ? { status } : {}),
  ...(search ? { search } : {}),
});
