import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function AdminTicketsLoading() {
  return <ListPageSkeleton label="Loading tickets" summary />;
}
