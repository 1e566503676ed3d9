import { getTranslations } from "next-intl/server";

import { Skeleton } from "~/components/ui/skeleton";

export default async function AdminLoading() {
  const t = await getTranslations("admin.overview");
  return (
    <div aria-busy="true" aria-label={t("loading")} className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-5 w-72" />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Skeleton className="h-44 rounded-xl" />
        <Skeleton className="h-44 rounded-xl" />
      </div>
    </div>
  );
}
