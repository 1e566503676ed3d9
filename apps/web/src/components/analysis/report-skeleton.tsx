import { Skeleton } from "~/components/ui/skeleton";

/** The shape of a report while it loads. */
export function ReportSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the report" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-10 w-72 max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="grid gap-6 rounded-xl border p-6 lg:grid-cols-[auto_1fr] lg:items-center">
        <Skeleton className="size-32 justify-self-center rounded-full sm:size-36" />
        <div className="grid grid-cols-2 gap-6 sm:grid-cols-3 lg:grid-cols-5">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="size-20 justify-self-center rounded-full" />
          ))}
        </div>
      </div>
      <div className="grid gap-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-16 rounded-xl" />
        ))}
      </div>
    </div>
  );
}
