"use client";

import { CartesianGrid, YAxis } from "recharts";

import {
  ChartLegend,
  ChartLegendContent,
  ChartTooltip,
  ChartTooltipContent,
} from "~/components/charts/chart";

/** The value axis of a cartesian chart with its horizontal grid lines. */
export function ValueAxis({
  domain,
  ticks,
  formatValue,
  label,
}: {
  domain?: [number, number];
  ticks?: number[];
  formatValue: (value: number) => string;
  label?: string;
}) {
  return (
    <>
      <CartesianGrid vertical={false} strokeDasharray="3 3" />
      <YAxis
        domain={domain}
        ticks={ticks}
        // Ticks the caller chose are all drawn, even close ones (90 and 100).
        interval={ticks ? 0 : "preserveEnd"}
        tickFormatter={formatValue}
        tickLine={false}
        axisLine={false}
        width={label ? 52 : 40}
        label={label ? { value: label, angle: -90, position: "insideLeft", offset: 8 } : undefined}
      />
    </>
  );
}

/**
 * The tooltip of a chart, and its legend when it has several series and no toggles (toggles
 * are the legend then).
 */
export function SeriesKey({
  legend,
  formatLabel,
  formatValue,
}: {
  legend: boolean;
  formatLabel?: (label: string | number) => string;
  formatValue: (value: number) => string;
}) {
  return (
    <>
      {legend ? <ChartLegend content={<ChartLegendContent />} /> : null}
      <ChartTooltip
        content={<ChartTooltipContent formatLabel={formatLabel} formatValue={formatValue} />}
      />
    </>
  );
}

export const chartMargin = { top: 12, right: 16, bottom: 4, left: 4 };
