import { useTranslations } from "next-intl";

import { Skeleton } from "~/components/ui/skeleton";

export default function AnalysesLoading() {
  const t = useTranslations("dashboard.analyses");
  return (
    <div aria-busy="true" aria-label={t("loading")} className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-5 w-80 max-w-full" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <div className="grid content-start gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-14 rounded-lg" />
          ))}
        </div>
        <div className="grid gap-6">
          <Skeleton className="h-80 rounded-xl" />
          <Skeleton className="h-56 rounded-xl" />
        </div>
      </div>
    </div>
  );
}
