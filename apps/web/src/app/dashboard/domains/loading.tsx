import { Skeleton } from "~/components/ui/skeleton";

export default function DomainsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading domains" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-72" />
      </div>
      <Skeleton className="h-16 rounded-xl" />
      <div className="grid gap-2 rounded-xl border p-4">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </div>
  );
}
