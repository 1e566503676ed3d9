import type { RouterOutputs } from "@arco/api";

/** One finished run of a page, as the trend chart plots it (oldest first). */
export type TrendPoint = RouterOutputs["analyses"]["trend"][number];

export type TrendSeriesKey = Exclude<keyof TrendPoint, "id" | "createdAt">;

/** The chart's lines, in order; each is named by `report.trend.series.<key>`. */
export const trendSeries: readonly TrendSeriesKey[] = [
  "score",
  "performance",
  "accessibility",
  "bestPractices",
  "seo",
  "security",
];

/** What the chart's one-sentence text alternative says: where the overall score went. */
export type TrendSummary =
  | { kind: "none" }
  | { kind: "one"; date: string; score: number }
  | { kind: "many"; runs: number; from: string; to: string; first: number; last: number };

export function trendSummary(
  points: TrendPoint[],
  formatDate: (date: Date) => string,
): TrendSummary {
  const scored = points.flatMap((p) => (p.score === null ? [] : [{ ...p, score: p.score }]));
  const first = scored[0];
  const last = scored.at(-1);
  if (!first || !last) return { kind: "none" };
  if (scored.length === 1) {
    return { kind: "one", date: formatDate(first.createdAt), score: first.score };
  }
  return {
    kind: "many",
    runs: scored.length,
    from: formatDate(first.createdAt),
    to: formatDate(last.createdAt),
    first: first.score,
    last: last.score,
  };
}
