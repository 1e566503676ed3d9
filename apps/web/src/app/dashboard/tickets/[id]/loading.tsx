import { Skeleton } from "~/components/ui/skeleton";

export default function TicketLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the ticket" className="grid gap-6">
      <Skeleton className="h-8 w-72" />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="grid gap-4">
          <Skeleton className="h-28 rounded-xl" />
          <Skeleton className="h-28 rounded-xl" />
          <Skeleton className="h-40 rounded-xl" />
        </div>
        <Skeleton className="h-40 rounded-xl" />
      </div>
    </div>
  );
}
