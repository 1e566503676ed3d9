"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import type { ChartConfig } from "~/components/charts/chart";
import { cn } from "~/lib/utils";

/** Which series of a chart are hidden, and a way to flip one. */
export function useHiddenSeries() {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return { hidden, toggle };
}

/**
 * The legend of a chart with many series, as buttons that show or hide each one (pressed =
 * shown). The buttons sit outside the plot so keyboards and screen readers reach them.
 */
export function SeriesToggles({
  config,
  hidden,
  onToggle,
}: {
  config: ChartConfig;
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
}) {
  const t = useTranslations("report.chart");
  return (
    <div role="group" aria-label={t("linesShown")} className="flex flex-wrap gap-2">
      {Object.entries(config).map(([key, series]) => (
        <button
          key={key}
          type="button"
          aria-pressed={!hidden.has(key)}
          onClick={() => onToggle(key)}
          className={cn(
            "inline-flex h-7 items-center gap-2 rounded-full border px-2.5 text-xs font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
            hidden.has(key)
              ? "text-muted-foreground line-through"
              : "bg-background dark:bg-input/30",
          )}
        >
          <span
            aria-hidden
            className={cn("h-1 w-4 rounded-full", hidden.has(key) && "opacity-30")}
            style={{ background: series.color }}
          />
          {series.label}
        </button>
      ))}
    </div>
  );
}
