"use client";

import { DEFAULT_METRICS_PERIOD } from "@arco/api/schemas/metrics";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { FunnelCard } from "~/components/admin/metrics/funnel-card";
import { KpiTiles } from "~/components/admin/metrics/kpi-tiles";
import { PeriodSelector } from "~/components/admin/metrics/period-selector";
import { metricsQuery } from "~/components/admin/metrics/queries";
import { MovementsCard, RevenueCard } from "~/components/admin/metrics/revenue-cards";
import { SlaCard, TicketVolumeCard } from "~/components/admin/metrics/support-cards";
import { StorageCard, TiersCard } from "~/components/admin/metrics/tier-cards";
import type { MetricsMonths } from "~/components/admin/metrics/types";
import { QueryError } from "~/components/query-error";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";

/**
 * The business at a glance on the admin home: the headline figures, then a card per metric.
 * Changing the period keeps the cards in place (dimmed) until the new figures arrive.
 */
export function BusinessMetrics() {
  const t = useTranslations("adminMetrics");
  const trpc = useTRPC();
  const [months, setMonths] = useState<MetricsMonths>(DEFAULT_METRICS_PERIOD);
  const query = useQuery({ ...metricsQuery(trpc, months), placeholderData: keepPreviousData });
  const updating = query.isPlaceholderData;

  return (
    <section aria-labelledby="metrics-title" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h2 id="metrics-title" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("description")}</p>
        </div>
        <div className="flex items-center gap-3">
          {updating ? (
            <span role="status" className="text-sm text-muted-foreground">
              {t("period.updating")}
            </span>
          ) : null}
          <PeriodSelector value={months} onChange={setMonths} />
        </div>
      </div>
      {query.isPending ? (
        <div role="status" aria-label={t("loading")} className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} className="h-28 rounded-xl" />
            ))}
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <Skeleton className="h-80 rounded-xl" />
            <Skeleton className="h-80 rounded-xl" />
          </div>
        </div>
      ) : query.isError ? (
        <QueryError title={t("error")} error={query.error} retry={() => void query.refetch()} />
      ) : (
        <div
          aria-busy={updating}
          className={updating ? "grid gap-4 opacity-60 transition-opacity" : "grid gap-4"}
        >
          <KpiTiles metrics={query.data} />
          <div className="grid gap-4 lg:grid-cols-2">
            <RevenueCard metrics={query.data} />
            <MovementsCard metrics={query.data} />
            <TicketVolumeCard metrics={query.data} />
            <TiersCard metrics={query.data} />
            <SlaCard metrics={query.data} />
            <StorageCard metrics={query.data} />
            <FunnelCard metrics={query.data} />
          </div>
        </div>
      )}
    </section>
  );
}
