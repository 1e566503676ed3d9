import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function ProjectsLoading() {
  return <ListPageSkeleton label="Loading projects" summary />;
}
