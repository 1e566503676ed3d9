import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function DomainsLoading() {
  return <ListPageSkeleton label="Loading domains" summary />;
}
