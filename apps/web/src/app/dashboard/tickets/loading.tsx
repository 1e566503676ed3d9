import { Skeleton } from "~/components/ui/skeleton";

export default function TicketsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading tickets" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-72" />
      </div>
      <Skeleton className="h-28 rounded-xl" />
      <div className="grid gap-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-16 w-full rounded-xl" />
        ))}
      </div>
    </div>
  );
}
