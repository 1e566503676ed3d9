import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function DomainLoading() {
  return <ListPageSkeleton label="Loading the domain" summary />;
}
