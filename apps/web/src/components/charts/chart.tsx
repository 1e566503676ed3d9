"use client";

import { createContext, useContext } from "react";
import type { CSSProperties, ReactNode } from "react";
import { Legend, ResponsiveContainer, Tooltip } from "recharts";
import type { LegendPayload, TooltipContentProps } from "recharts";

import { cn } from "~/lib/utils";

/** How one series is named and drawn. Colours are CSS variables, so both themes follow. */
export interface ChartSeries {
  label: string;
  /** A theme colour such as `var(--chart-2)`; exposed to the chart as `var(--color-<key>)`. */
  color: string;
  /** An SVG dash pattern, so lines differ by more than colour. */
  dash?: string;
  /** The stroke width of a line (default 1.75); the series that matters most draws thicker. */
  width?: number;
  /** Mark every point of the line (single points are always marked). */
  dot?: boolean;
}

export type ChartConfig<Key extends string = string> = Record<Key, ChartSeries>;

const ChartConfigContext = createContext<ChartConfig | null>(null);

/** The config of the chart around the caller: tooltips and legends read labels and colours. */
export function useChartConfig() {
  const config = useContext(ChartConfigContext);
  if (!config) throw new Error("Chart parts must be placed inside a ChartContainer.");
  return config;
}

/** The colour of a series as its parts paint it. */
export const seriesColor = (key: string) => `var(--color-${key})`;

/**
 * The frame of every chart: sizes the plot to its parent, names it for screen readers (the
 * plot is one image with a label and a description; the numbers go in a `ChartDataTable`
 * beside it) and sets `--color-<key>` for each series of the config.
 */
export function ChartContainer({
  config,
  label,
  describedBy,
  height = 260,
  className,
  children,
}: {
  config: ChartConfig;
  /** What the chart shows, e.g. "Score trend of example.com". */
  label: string;
  /** The id of the sentence that sums the chart up. */
  describedBy?: string;
  height?: number;
  className?: string;
  children: ReactNode;
}) {
  const colors = Object.fromEntries(
    Object.entries(config).map(([key, series]) => [`--color-${key}`, series.color]),
  ) as CSSProperties;
  return (
    <ChartConfigContext.Provider value={config}>
      <div
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        data-slot="chart"
        style={{ ...colors, height }}
        className={cn(
          "w-full text-xs",
          "[&_.recharts-cartesian-axis-tick_text]:fill-muted-foreground [&_.recharts-cartesian-grid_line]:stroke-border [&_.recharts-text]:fill-muted-foreground",
          "[&_.recharts-curve.recharts-tooltip-cursor]:stroke-border [&_.recharts-rectangle.recharts-tooltip-cursor]:fill-muted/60 [&_.recharts-surface]:outline-none",
          className,
        )}
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
          {children}
        </ResponsiveContainer>
      </div>
    </ChartConfigContext.Provider>
  );
}

export const ChartTooltip = Tooltip;
export const ChartLegend = Legend;

/** A small square in a series' colour, beside its name. */
function SeriesSwatch({ seriesKey }: { seriesKey: string }) {
  return (
    <span
      aria-hidden
      className="size-2.5 shrink-0 rounded-[2px]"
      style={{ background: seriesColor(seriesKey) }}
    />
  );
}
/**
 * The box a pointer over the chart opens: the point's label (a date, a category) and each
 * series' value in the series' colour, named as in the config.
 */
export function ChartTooltipContent({
  active,
  payload,
  label,
  formatLabel = String,
  formatValue = String,
}: Partial<Pick<TooltipContentProps, "active" | "payload" | "label">> & {
  formatLabel?: (label: string | number) => string;
  formatValue?: (value: number) => string;
}) {
  const config = useChartConfig();
  if (!active || !payload?.length || label === undefined) return null;
  return (
    <div className="grid min-w-36 gap-1.5 rounded-lg border bg-popover px-2.5 py-1.5 text-xs text-popover-foreground shadow-lg">
      <p className="font-medium">{formatLabel(label)}</p>
      <ul className="grid gap-1">
        {payload.map((entry) => {
          const key = String(entry.dataKey);
          if (typeof entry.value !== "number") return null;
          return (
            <li key={key} className="flex items-center gap-2">
              <SeriesSwatch seriesKey={key} />
              <span className="text-muted-foreground">{config[key]?.label ?? key}</span>
              <span className="ml-auto font-mono font-medium tabular-nums">
                {formatValue(entry.value)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The series' names beside their colours, as the config spells them. */
export function ChartLegendContent({ payload }: { payload?: readonly LegendPayload[] }) {
  const config = useChartConfig();
  if (!payload?.length) return null;
  return (
    <ul className="flex flex-wrap items-center justify-center gap-4 pt-3">
      {payload.map((entry) => {
        const key = String(entry.dataKey);
        return (
          <li key={key} className="flex items-center gap-1.5">
            <SeriesSwatch seriesKey={key} />
            {config[key]?.label ?? key}
          </li>
        );
      })}
    </ul>
  );
}
