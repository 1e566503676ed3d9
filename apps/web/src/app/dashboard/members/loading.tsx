import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function MembersLoading() {
  return <ListPageSkeleton label="Loading members" summary />;
}
