"use client";

import { useFormatter, useTranslations } from "next-intl";

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

/** Lighthouse's bands (0–49, 50–89, 90–100) behind the lines. */
const bands = [
  { from: 0, to: 50, color: "var(--destructive)" },
  { from: 50, to: 90, color: "var(--warning)" },
  { from: 90, to: 100, color: "var(--success)" },
];

/** Scores of one page over its runs: the overall score and each category, on a 0–100 scale. */
export function TrendChart({ points, pageLabel }: { points: TrendPoint[]; pageLabel: string }) {
  const t = useTranslations("report.trend");
  const format = useFormatter();
  const config: ChartConfig = Object.fromEntries(
    trendSeries.map((key) => [key, { label: t(`series.${key}`), ...style[key] }]),
  );
  const summary = useSummary(points);
  return (
    <TimeSeriesChart
      config={config}
      data={points.map(({ createdAt, id: _id, ...values }) => ({ at: createdAt, values }))}
      label={t("label", { page: pageLabel })}
      summary={summary}
      table={{
        caption: t("caption", { page: pageLabel }),
        rowHeader: t("rowHeader"),
        rowLabel: (at) => format.dateTime(at, "dateTime"),
      }}
      missing={t("missing")}
      valueDomain={[0, 100]}
      valueTicks={[0, 50, 90, 100]}
      valueLabel={t("valueLabel")}
      bands={bands}
      toggleable
    />
  );
}

/** The chart's one-sentence text alternative: where the overall score went. */
function useSummary(points: TrendPoint[]) {
  const t = useTranslations("report.trend");
  const format = useFormatter();
  const summary = trendSummary(points, (date) => format.dateTime(date, "monthDay"));
  switch (summary.kind) {
    case "none":
      return t("summaryNone");
    case "one":
      return t("summaryOne", { date: summary.date, score: summary.score });
    case "many":
      return t("summaryMany", {
        runs: summary.runs,
        from: summary.from,
        to: summary.to,
        first: summary.first,
        last: summary.last,
        sameDay: summary.from === summary.to ? "yes" : "no",
        change: summary.first === summary.last ? "same" : "changed",
      });
  }
}
