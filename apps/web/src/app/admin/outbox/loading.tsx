import { Skeleton } from "~/components/ui/skeleton";

export default function OutboxLoading() {
  return (
    <div aria-busy="true" aria-label="Loading the outbox" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-5 w-80" />
      </div>
      <div className="grid gap-2 rounded-xl border p-4">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </div>
  );
}
