/**
 * Score bands shared by every place that shows a 0–100 score, the same as Lighthouse's:
 * 0–49 poor, 50–89 needs improvement, 90–100 good.
 */
export type ScoreBand = "good" | "average" | "poor";

export function scoreBand(score: number): ScoreBand {
  if (score >= 90) return "good";
  if (score >= 50) return "average";
  return "poor";
}

export const bandLabel: Record<ScoreBand, string> = {
  good: "good",
  average: "needs improvement",
  poor: "poor",
};

const tones = {
  good: { text: "text-success", fill: "bg-success", stroke: "stroke-success" },
  average: { text: "text-warning", fill: "bg-warning", stroke: "stroke-warning" },
  poor: { text: "text-destructive", fill: "bg-destructive", stroke: "stroke-destructive" },
} as const;

export const scoreTone = (score: number) => tones[scoreBand(score)];

/** What a screen reader hears for a gauge: "Performance: 72 out of 100, needs improvement". */
export function gaugeLabel(label: string, score: number | null) {
  return score === null
    ? `${label}: not scored`
    : `${label}: ${score} out of 100, ${bandLabel[scoreBand(score)]}`;
}
