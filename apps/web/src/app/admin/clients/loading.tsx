import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function ClientsLoading() {
  return <ListPageSkeleton label="Loading clients" />;
}
