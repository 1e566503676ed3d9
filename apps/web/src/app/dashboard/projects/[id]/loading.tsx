import { getTranslations } from "next-intl/server";

import { Skeleton } from "~/components/ui/skeleton";

export default async function ProjectLoading() {
  const t = await getTranslations("projects.detail");
  return (
    <div aria-busy="true" aria-label={t("loading")} className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-5 w-40" />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-24 rounded-xl" />
        ))}
      </div>
      <Skeleton className="h-64 rounded-xl" />
    </div>
  );
}
