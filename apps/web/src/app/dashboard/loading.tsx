import { useTranslations } from "next-intl";

import { Skeleton } from "~/components/ui/skeleton";

export default function DashboardLoading() {
  const t = useTranslations("dashboard");
  return (
    <div aria-busy="true" aria-label={t("loadingOrganization")} className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-5 w-48" />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-56 rounded-xl" />
        <Skeleton className="h-56 rounded-xl" />
        <Skeleton className="h-48 rounded-xl lg:col-span-2" />
      </div>
    </div>
  );
}
