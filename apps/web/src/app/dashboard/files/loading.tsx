import { Skeleton } from "~/components/ui/skeleton";

export default function FilesLoading() {
  return (
    <div aria-busy="true" aria-label="Loading files" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-5 w-72" />
      </div>
      <Skeleton className="h-28 rounded-xl" />
      <div className="grid gap-2 rounded-xl border p-4">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </div>
  );
}
