"use client";

import { Filter } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { MetricCard } from "~/components/admin/metrics/metric-card";
import type { BusinessMetrics } from "~/components/admin/metrics/types";
import { BarChart } from "~/components/charts/bar-chart";

const STEPS = ["analyses", "leads", "signUps", "payingOrganizations"] as const;

/**
 * Analyses → leads → sign-ups → paying organizations over the period, one bar per step, then
 * each step's figure with the share it keeps of the one before.
 */
export function FunnelCard({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics.funnel");
  const format = useFormatter();
  const { funnel } = metrics;
  const ofPrevious = STEPS.map((step, i) => {
    const before = i === 0 ? null : funnel[STEPS[i - 1]!];
    return before ? funnel[step] / before : null;
  });
  return (
    <MetricCard
      icon={Filter}
      title={t("title")}
      description={t("description")}
      empty={funnel.analyses + funnel.leads === 0 ? { title: t("empty") } : null}
    >
      <div className="grid gap-4">
        <BarChart
          config={{ people: { label: t("series"), color: "var(--chart-1)" } }}
          data={STEPS.map((step) => ({ at: t(`steps.${step}`), values: { people: funnel[step] } }))}
          label={t("label")}
          summary={t("summary", {
            analyses: funnel.analyses,
            leads: funnel.leads,
            signUps: funnel.signUps,
            paying: funnel.payingOrganizations,
          })}
          table={{ caption: t("caption"), rowHeader: t("step"), rowLabel: (at) => at }}
          formatValue={(value) => format.number(value)}
        />
        <ol className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {STEPS.map((step, i) => (
            <li key={step} className="grid gap-0.5 rounded-lg border p-3">
              <span className="text-sm text-muted-foreground">{t(`steps.${step}`)}</span>
              <span className="text-xl font-semibold tabular-nums">
                {format.number(funnel[step])}
              </span>
              {ofPrevious[i] !== null ? (
                <span className="text-xs text-muted-foreground">
                  {t("ofPrevious", { rate: format.number(ofPrevious[i]!, "percent") })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </MetricCard>
  );
}
