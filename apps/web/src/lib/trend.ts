import type { RouterOutputs } from "@arco/api";

/** One finished run of a page, as the trend chart plots it (oldest first). */
export type TrendPoint = RouterOutputs["analyses"]["trend"][number];

export type TrendSeriesKey = Exclude<keyof TrendPoint, "id" | "createdAt">;

export const trendSeries: { key: TrendSeriesKey; label: string }[] = [
  { key: "score", label: "Overall" },
  { key: "performance", label: "Performance" },
  { key: "accessibility", label: "Accessibility" },
  { key: "bestPractices", label: "Best practices" },
  { key: "seo", label: "SEO" },
  { key: "security", label: "Security" },
];

/** The chart's text alternative in one sentence: where the overall score went. */
export function trendSummary(points: TrendPoint[], formatDate: (date: Date) => string) {
  const scored = points.filter((p) => p.score !== null);
  if (scored.length === 0) return "No scored runs yet.";
  const first = scored[0]!;
  const last = scored.at(-1)!;
  if (scored.length === 1) {
    return `One run so far, on ${formatDate(first.createdAt)}: overall score ${first.score}.`;
  }
  const change = last.score! - first.score!;
  const direction =
    change === 0 ? `stayed at ${last.score}` : `went from ${first.score} to ${last.score}`;
  const [from, to] = [formatDate(first.createdAt), formatDate(last.createdAt)];
  const when = from === to ? `on ${from}` : `between ${from} and ${to}`;
  return `Over ${scored.length} runs ${when}, the overall score ${direction}.`;
}
