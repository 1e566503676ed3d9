"use client";

import { Bar, BarChart as RechartsBarChart, XAxis } from "recharts";

import { seriesColor } from "~/components/charts/chart";
import type { ChartConfig } from "~/components/charts/chart";
import { chartMargin, SeriesKey, ValueAxis } from "~/components/charts/chart-axes";
import { ChartFigure } from "~/components/charts/chart-figure";
import type { ChartRow, ChartTextProps } from "~/components/charts/chart-figure";

/**
 * Values per category (a month, a campaign, a host), one bar per series side by side, or stacked
 * into one bar per category.
 */
export function BarChart({
  config,
  data,
  stacked = false,
  valueDomain,
  valueLabel,
  toggleable = false,
  height,
  ...text
}: ChartTextProps<string> & {
  config: ChartConfig;
  data: ChartRow<string>[];
  stacked?: boolean;
  valueDomain?: [number, number];
  valueLabel?: string;
  toggleable?: boolean;
  height?: number;
}) {
  const rows = data.map((row) => ({ ...row.values, at: row.at }));
  const formatValue = text.formatValue ?? String;
  return (
    <ChartFigure config={config} data={data} toggleable={toggleable} height={height} {...text}>
      {(shown) => (
        <RechartsBarChart data={rows} accessibilityLayer={false} margin={chartMargin}>
          <ValueAxis domain={valueDomain} formatValue={formatValue} label={valueLabel} />
          <XAxis dataKey="at" type="category" tickLine={false} minTickGap={8} />
          <SeriesKey legend={!toggleable && shown.length > 1} formatValue={formatValue} />
          {shown.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={config[key]!.label}
              fill={seriesColor(key)}
              stackId={stacked ? "stack" : undefined}
              radius={stacked ? 0 : [4, 4, 0, 0]}
              isAnimationActive={false}
            />
          ))}
        </RechartsBarChart>
      )}
    </ChartFigure>
  );
}
