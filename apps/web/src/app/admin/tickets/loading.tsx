import { Skeleton } from "~/components/ui/skeleton";

export default function AdminTicketsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading tickets" className="grid gap-6">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-80" />
      </div>
      <Skeleton className="h-16 rounded-xl" />
      <Skeleton className="h-64 rounded-xl" />
    </div>
  );
}
