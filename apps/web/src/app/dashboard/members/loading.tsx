import { Skeleton } from "~/components/ui/skeleton";

export default function MembersLoading() {
  return (
    <div aria-busy="true" aria-label="Loading members" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-64" />
      </div>
      <Skeleton className="h-28 rounded-xl" />
      <div className="grid gap-2 rounded-xl border p-4">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </div>
  );
}
