import { getTranslations } from "next-intl/server";

import { Skeleton } from "~/components/ui/skeleton";

export default async function TicketLoading() {
  const t = await getTranslations("tickets.detail");
  return (
    <div aria-busy="true" aria-label={t("loading")} className="grid gap-6">
      <Skeleton className="h-8 w-72" />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="grid gap-4">
          <Skeleton className="h-28 rounded-xl" />
          <Skeleton className="h-28 rounded-xl" />
          <Skeleton className="h-40 rounded-xl" />
        </div>
        <Skeleton className="h-40 rounded-xl" />
      </div>
    </div>
  );
}
