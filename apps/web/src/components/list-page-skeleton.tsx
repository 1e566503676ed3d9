import { Skeleton } from "~/components/ui/skeleton";

/**
 * The loading state of a page that is a header, optionally a summary card (a usage meter,
 * filters), and a list.
 */
export function ListPageSkeleton({
  label,
  summary = false,
  rows = 6,
}: {
  label: string;
  summary?: boolean;
  rows?: number;
}) {
  return (
    <div aria-busy="true" aria-label={label} className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-5 w-80 max-w-full" />
      </div>
      {summary ? <Skeleton className="h-24 rounded-xl" /> : null}
      <div className="grid gap-2 rounded-xl border p-4">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </div>
  );
}
