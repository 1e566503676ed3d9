import { useTranslations } from "next-intl";

import { Card, CardContent, CardHeader } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";

/**
 * The shape of a report while it loads, box for box: the header, the result page's actions, the
 * scores card and the categories, each as tall as what replaces it. Taller than a screen, so
 * nothing below it (the footer) is seen to jump when the report arrives.
 */
export function ReportSkeleton() {
  const t = useTranslations("report.skeleton");
  return (
    <div aria-busy="true" aria-label={t("loading")} className="grid gap-8">
      <HeaderSkeleton />
      <div className="flex flex-wrap gap-2">
        {["w-24", "w-24", "w-48", "w-40"].map((width, i) => (
          <Skeleton key={i} className={`h-9 ${width}`} />
        ))}
      </div>

      <Card className="gap-6">
        <CardHeader>
          <Skeleton className="h-7 w-24" />
          <Skeleton className="h-5 w-xl max-w-full" />
        </CardHeader>
        <CardContent className="grid gap-6 lg:grid-cols-[auto_1fr] lg:items-center lg:gap-10">
          <div className="grid justify-items-center gap-2">
            <Skeleton className="size-32 rounded-full sm:size-36" />
            <Skeleton className="h-6 w-16" />
          </div>
          <div className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5">
            {Array.from({ length: 5 }, (_, i) => (
              <div key={i} className="grid justify-items-center gap-2">
                <Skeleton className="size-20 rounded-full" />
                <Skeleton className="h-5 w-24" />
              </div>
            ))}
          </div>
        </CardContent>
        <CardContent className="grid gap-3 border-t pt-5">
          <Skeleton className="h-4 w-80 max-w-full" />
          <Skeleton className="h-4 w-2xl max-w-full" />
        </CardContent>
      </Card>

      <div className="grid gap-4">
        <div className="grid gap-1">
          <Skeleton className="h-7 w-36" />
          <Skeleton className="h-6 w-md max-w-full" />
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-40 rounded-xl" />
          ))}
        </div>
      </div>
    </div>
  );
}

/** The report header's three lines: the eyebrow, the address (the h1) and the details. */
function HeaderSkeleton() {
  return (
    <div className="grid gap-2">
      <Skeleton className="h-5 w-24" />
      <Skeleton className="h-9 w-72 max-w-full sm:h-10" />
      <Skeleton className="h-5 w-96 max-w-full" />
    </div>
  );
}
