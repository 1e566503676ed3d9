"use client";

import { useFormatter, useTranslations } from "next-intl";

import type { BusinessMetrics } from "~/components/admin/metrics/types";
import { useMoney } from "~/components/dashboard/billing/money";

/** The four figures an agency owner reads first: MRR, ARR, paying clients, this month's churn. */
export function KpiTiles({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics.kpi");
  const format = useFormatter();
  const money = useMoney();
  const { summary, currency } = metrics;
  const tiles = [
    { label: t("mrr"), value: money(summary.mrrCents, currency), hint: t("mrrHint") },
    { label: t("arr"), value: money(summary.arrCents, currency), hint: t("arrHint") },
    {
      label: t("activeClients"),
      value: format.number(summary.activeClients),
      hint: t("activeClientsHint"),
    },
    {
      label: t("churn"),
      value: format.number(summary.churnedThisMonth),
      hint:
        summary.churnRate === null
          ? t("churnNoBase")
          : t("churnRate", { rate: format.number(summary.churnRate, "percent") }),
    },
  ];
  return (
    <dl aria-label={t("label")} className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {tiles.map((tile) => (
        <div key={tile.label} className="grid gap-1 rounded-xl border bg-card p-4 shadow-sm">
          <dt className="text-sm font-medium text-muted-foreground">{tile.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{tile.value}</dd>
          <dd className="text-xs text-muted-foreground">{tile.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
