"use client";

import { HardDrive, Layers } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { MetricCard } from "~/components/admin/metrics/metric-card";
import type { BusinessMetrics } from "~/components/admin/metrics/types";
import { BarChart } from "~/components/charts/bar-chart";
import { useFormatBytes } from "~/lib/use-format-bytes";

/** Client organizations on each plan today. */
export function TiersCard({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics");
  const tierLabel = useTranslations("common.tiers");
  const format = useFormatter();
  const total = metrics.tiers.reduce((sum, tier) => sum + tier.clients, 0);
  const paid = metrics.tiers
    .filter((tier) => tier.tier !== "free")
    .reduce((sum, tier) => sum + tier.clients, 0);
  return (
    <MetricCard
      icon={Layers}
      title={t("tiers.title")}
      description={t("tiers.description")}
      empty={total === 0 ? { title: t("tiers.empty") } : null}
    >
      <BarChart
        config={{ clients: { label: t("tiers.series"), color: "var(--chart-1)" } }}
        data={metrics.tiers.map((tier) => ({
          at: tierLabel(tier.tier),
          values: { clients: tier.clients },
        }))}
        label={t("tiers.label")}
        summary={t("tiers.summary", { total, paid: format.number(paid) })}
        table={{ caption: t("tiers.caption"), rowHeader: t("tier"), rowLabel: (at) => at }}
        formatValue={(value) => format.number(value)}
      />
    </MetricCard>
  );
}

/** What the clients of each plan store now. */
export function StorageCard({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics");
  const tierLabel = useTranslations("common.tiers");
  const formatBytes = useFormatBytes();
  const total = metrics.storage.reduce((sum, tier) => sum + tier.bytes, 0);
  return (
    <MetricCard
      icon={HardDrive}
      title={t("storage.title")}
      description={t("storage.description")}
      empty={total === 0 ? { title: t("storage.empty") } : null}
    >
      <BarChart
        config={{ bytes: { label: t("storage.series"), color: "var(--chart-4)" } }}
        data={metrics.storage.map((tier) => ({
          at: tierLabel(tier.tier),
          values: { bytes: tier.bytes },
        }))}
        label={t("storage.label")}
        summary={t("storage.summary", { total: formatBytes(total) })}
        table={{ caption: t("storage.caption"), rowHeader: t("tier"), rowLabel: (at) => at }}
        formatValue={formatBytes}
      />
    </MetricCard>
  );
}
