import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function OutboxLoading() {
  return <ListPageSkeleton label="Loading the outbox" />;
}
