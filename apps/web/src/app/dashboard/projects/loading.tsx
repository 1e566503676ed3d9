import { Skeleton } from "~/components/ui/skeleton";

export default function ProjectsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading projects" className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-72" />
      </div>
      <Skeleton className="h-16 rounded-xl" />
      <div className="grid gap-3">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-28 rounded-xl" />
        ))}
      </div>
    </div>
  );
}
