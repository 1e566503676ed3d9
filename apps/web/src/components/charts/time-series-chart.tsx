"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Area, AreaChart, Line, LineChart, ReferenceArea, XAxis } from "recharts";

import { seriesColor } from "~/components/charts/chart";
import type { ChartConfig } from "~/components/charts/chart";
import { chartMargin, SeriesKey, ValueAxis } from "~/components/charts/chart-axes";
import { ChartFigure } from "~/components/charts/chart-figure";
import type { ChartRow, ChartTextProps } from "~/components/charts/chart-figure";
import { timeAxis } from "~/lib/chart-time";

/** A stretch of the value axis painted behind the series, such as a score band. */
export interface ValueBand {
  from: number;
  to: number;
  color: string;
}

/**
 * Values over time, as lines (`variant="line"`) or filled areas (`"area"`). Points without a
 * value break their line instead of dropping to zero. Hovering shows the point's values; the
 * numbers are also in a hidden table, and a summary sentence says what they mean.
 */
export function TimeSeriesChart({
  config,
  data,
  variant = "line",
  valueDomain,
  valueTicks,
  valueLabel,
  timeLabel,
  bands = [],
  toggleable = false,
  height,
  ...text
}: ChartTextProps<Date> & {
  config: ChartConfig;
  /** Oldest first. */
  data: ChartRow<Date>[];
  variant?: "line" | "area";
  valueDomain?: [number, number];
  valueTicks?: number[];
  /** The value axis' title, e.g. "Score". */
  valueLabel?: string;
  /** The time axis' title; by default it says whether ticks are dates or times of one day. */
  timeLabel?: string;
  bands?: ValueBand[];
  toggleable?: boolean;
  height?: number;
}) {
  const t = useTranslations("report.chart");
  const format = useFormatter();
  const axis = timeAxis(
    data.map((row) => row.at),
    format,
  );
  const axisLabel = axis.unit === "date" ? t("date") : t("time", { day: axis.day });
  const rows = data.map((row) => ({ ...row.values, at: row.at.getTime() }));
  const formatValue = text.formatValue ?? String;
  const Chart = variant === "area" ? AreaChart : LineChart;

  return (
    <ChartFigure config={config} data={data} toggleable={toggleable} height={height} {...text}>
      {(shown) => (
        <Chart data={rows} accessibilityLayer={false} margin={chartMargin}>
          <ValueAxis
            domain={valueDomain}
            ticks={valueTicks}
            formatValue={formatValue}
            label={valueLabel}
          />
          {bands.map((band) => (
            <ReferenceArea
              key={band.from}
              y1={band.from}
              y2={band.to}
              fill={band.color}
              fillOpacity={0.08}
              strokeOpacity={0}
              ifOverflow="hidden"
            />
          ))}
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={(at: number) => axis.format(new Date(at))}
            tickLine={false}
            minTickGap={24}
            padding={{ left: 12, right: 12 }}
            label={{ value: timeLabel ?? axisLabel, position: "insideBottom", offset: -2 }}
            height={44}
          />
          <SeriesKey
            legend={!toggleable && shown.length > 1}
            formatLabel={(at) => axis.formatPrecisely(new Date(Number(at)))}
            formatValue={formatValue}
          />
          {shown.map((key) => {
            const series = config[key]!;
            const common = {
              dataKey: key,
              name: series.label,
              type: "linear" as const,
              stroke: seriesColor(key),
              strokeWidth: series.width ?? 1.75,
              strokeDasharray: series.dash,
              dot:
                series.dot || data.length === 1
                  ? { r: 3, strokeWidth: 2, fill: "var(--background)" }
                  : false,
              activeDot: { r: 4 },
              isAnimationActive: false,
            };
            return variant === "area" ? (
              <Area key={key} {...common} fill={seriesColor(key)} fillOpacity={0.15} />
            ) : (
              <Line key={key} {...common} />
            );
          })}
        </Chart>
      )}
    </ChartFigure>
  );
}
