import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function TicketsLoading() {
  return <ListPageSkeleton label="Loading tickets" summary />;
}
