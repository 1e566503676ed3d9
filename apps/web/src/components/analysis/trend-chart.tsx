"use client";

import type { ChartConfig } from "~/components/charts/chart";
import { TimeSeriesChart } from "~/components/charts/time-series-chart";
import { trendSeries, trendSummary } from "~/lib/trend";
import type { TrendPoint, TrendSeriesKey } from "~/lib/trend";

/** Colour and dash per line, so the lines differ by more than colour. */
const style: Record<TrendSeriesKey, Omit<ChartConfig[string], "label">> = {
  score: { color: "var(--primary)", width: 3, dot: true },
  performance: { color: "var(--chart-2)" },
  accessibility: { color: "var(--chart-3)", dash: "6 4" },
  bestPractices: { color: "var(--chart-4)", dash: "2 4" },
  seo: { color: "var(--chart-5)", dash: "10 4 2 4" },
  security: { color: "var(--muted-foreground)", dash: "4 3" },
};

const config: ChartConfig = Object.fromEntries(
  trendSeries.map(({ key, label }) => [key, { label, ...style[key] }]),
);

/** Lighthouse's bands (0–49, 50–89, 90–100) behind the lines. */
const bands = [
  { from: 0, to: 50, color: "var(--destructive)" },
  { from: 50, to: 90, color: "var(--warning)" },
  { from: 90, to: 100, color: "var(--success)" },
];

const shortDate = new Intl.DateTimeFormat("en", { month: "short", day: "numeric" });
const fullDate = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Scores of one page over its runs: the overall score and each category, on a 0–100 scale. */
export function TrendChart({ points, pageLabel }: { points: TrendPoint[]; pageLabel: string }) {
  return (
    <TimeSeriesChart
      config={config}
      data={points.map(({ createdAt, id: _id, ...values }) => ({ at: createdAt, values }))}
      label={`Score trend of ${pageLabel}`}
      summary={trendSummary(points, (date) => shortDate.format(date))}
      table={{
        caption: `Scores of ${pageLabel} by run, oldest first`,
        rowHeader: "Run",
        rowLabel: (at) => fullDate.format(at),
      }}
      missing="not scored"
      valueDomain={[0, 100]}
      valueTicks={[0, 50, 90, 100]}
      valueLabel="Score"
      bands={bands}
      toggleable
    />
  );
}
