"use client";

import { metricsPeriods } from "@arco/api/schemas/metrics";
import { useTranslations } from "next-intl";

import type { MetricsMonths } from "~/components/admin/metrics/types";
import { cn } from "~/lib/utils";

/** The last 3, 6 or 12 months, as pressed buttons: every card over time follows. */
export function PeriodSelector({
  value,
  onChange,
}: {
  value: MetricsMonths;
  onChange: (months: MetricsMonths) => void;
}) {
  const t = useTranslations("adminMetrics.period");
  return (
    <div role="group" aria-label={t("label")} className="inline-flex rounded-lg bg-muted p-[3px]">
      {metricsPeriods.map((months) => (
        <button
          key={months}
          type="button"
          aria-pressed={value === months}
          onClick={() => onChange(months)}
          className={cn(
            "inline-flex h-8 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
            value === months && "bg-background text-foreground shadow-sm dark:bg-input/30",
          )}
        >
          {t("months", { count: months })}
        </button>
      ))}
    </div>
  );
}
