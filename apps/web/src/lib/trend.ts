/** One finished run of a page, as the trend chart plots it (oldest first). */
export interface TrendPoint {
  id: string;
  createdAt: Date;
  score: number | null;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  security: number | null;
}

export type TrendSeriesKey = Exclude<keyof TrendPoint, "id" | "createdAt">;

export const trendSeries: { key: TrendSeriesKey; label: string }[] = [
  { key: "score", label: "Overall" },
  { key: "performance", label: "Performance" },
  { key: "accessibility", label: "Accessibility" },
  { key: "bestPractices", label: "Best practices" },
  { key: "seo", label: "SEO" },
  { key: "security", label: "Security" },
];

/** Maps a value in [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle. */
export function scaleLinear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  return (value: number) =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * The SVG path of one series: runs without a score break the line rather than dropping to
 * zero, so a failed category never reads as a score of 0.
 */
export function linePath(points: ({ x: number; y: number } | null)[]) {
  let path = "";
  let drawing = false;
  for (const point of points) {
    if (!point) {
      drawing = false;
      continue;
    }
    path += `${drawing ? "L" : "M"}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    drawing = true;
  }
  return path;
}

/**
 * At most `count` indexes spread evenly over `length` runs, first and last included: the
 * runs whose dates label the time axis.
 */
export function tickIndexes(length: number, count: number) {
  if (length <= 0) return [];
  if (length <= count) return Array.from({ length }, (_, i) => i);
  const step = (length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => Math.round(i * step));
}

/**
 * Of the candidate labels centred at `xs` (left to right), the ones that don't overlap: the
 * latest run always keeps its label, the first keeps its own when there is room, and those in
 * between only where they are `minGap` clear of their neighbours.
 */
export function spacedTicks(xs: number[], minGap: number) {
  if (xs.length === 0) return [];
  const last = xs.length - 1;
  const kept = last > 0 && xs[last]! - xs[0]! >= minGap ? [0] : [];
  for (let i = 1; i < last; i++) {
    const previous = kept.length > 0 ? xs[kept.at(-1)!]! : -Infinity;
    if (xs[i]! - previous >= minGap && xs[last]! - xs[i]! >= minGap) kept.push(i);
  }
  kept.push(last);
  return kept;
}

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
