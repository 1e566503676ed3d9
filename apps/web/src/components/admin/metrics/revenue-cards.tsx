"use client";

import { ArrowLeftRight, TrendingUp } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { useCompactMoney, useMonthLabel } from "~/components/admin/metrics/format";
import { MetricCard } from "~/components/admin/metrics/metric-card";
import type { BusinessMetrics } from "~/components/admin/metrics/types";
import { BarChart } from "~/components/charts/bar-chart";
import { useMoney } from "~/components/dashboard/billing/money";

/** MRR at the end of each month of the period. */
export function RevenueCard({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics");
  const money = useMoney();
  const compact = useCompactMoney();
  const monthLabel = useMonthLabel();
  const { revenue, currency } = metrics;
  return (
    <MetricCard
      icon={TrendingUp}
      title={t("revenue.title")}
      description={t("revenue.description")}
      empty={
        revenue.every((m) => m.mrrCents === 0)
          ? { title: t("revenue.empty"), hint: t("revenue.emptyHint") }
          : null
      }
    >
      <BarChart
        config={{ mrr: { label: t("revenue.series"), color: "var(--chart-1)" } }}
        data={revenue.map((m) => ({ at: monthLabel(m.month), values: { mrr: m.mrrCents } }))}
        label={t("revenue.label")}
        summary={t("revenue.summary", {
          first: money(revenue[0]!.mrrCents, currency),
          last: money(revenue.at(-1)!.mrrCents, currency),
          months: metrics.months,
        })}
        table={{ caption: t("revenue.caption"), rowHeader: t("month"), rowLabel: (at) => at }}
        formatValue={(cents) => compact(cents, currency)}
      />
    </MetricCard>
  );
}

/** Clients who started and stopped paying, month by month. */
export function MovementsCard({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics");
  const format = useFormatter();
  const monthLabel = useMonthLabel();
  const { revenue } = metrics;
  const total = (key: "new" | "churned") => revenue.reduce((sum, m) => sum + m[key], 0);
  return (
    <MetricCard
      icon={ArrowLeftRight}
      title={t("movements.title")}
      description={t("movements.description")}
      empty={total("new") + total("churned") === 0 ? { title: t("movements.empty") } : null}
    >
      <BarChart
        config={{
          new: { label: t("movements.new"), color: "var(--chart-2)" },
          churned: { label: t("movements.churned"), color: "var(--chart-3)" },
        }}
        data={revenue.map((m) => ({
          at: monthLabel(m.month),
          values: { new: m.new, churned: m.churned },
        }))}
        label={t("movements.label")}
        summary={t("movements.summary", {
          new: total("new"),
          churned: total("churned"),
          months: metrics.months,
        })}
        table={{ caption: t("movements.caption"), rowHeader: t("month"), rowLabel: (at) => at }}
        formatValue={(value) => format.number(value)}
      />
    </MetricCard>
  );
}
