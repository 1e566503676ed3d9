import { useTranslations } from "next-intl";

import { Skeleton } from "~/components/ui/skeleton";

export default function AccountLoading() {
  const t = useTranslations("dashboard.account");
  return (
    <div aria-busy="true" aria-label={t("loading")} className="grid gap-8">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-72" />
      </div>
      <Skeleton className="h-44 rounded-xl" />
      <Skeleton className="h-32 rounded-xl" />
      <Skeleton className="h-72 rounded-xl" />
    </div>
  );
}
