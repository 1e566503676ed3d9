import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function FilesLoading() {
  return <ListPageSkeleton label="Loading files" summary />;
}
