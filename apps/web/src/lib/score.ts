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

const tones = {
  good: { text: "text-success", fill: "bg-success", stroke: "stroke-success" },
  average: { text: "text-warning", fill: "bg-warning", stroke: "stroke-warning" },
  poor: { text: "text-destructive", fill: "bg-destructive", stroke: "stroke-destructive" },
} as const;

export const scoreTone = (score: number) => tones[scoreBand(score)];

/**
 * What a category's score and findings say together: its score band, except that a category
 * with a critical or high-impact finding is never called good, whatever its score ("attention").
 */
export type ScoreVerdict = ScoreBand | "attention";

export function scoreVerdict(score: number, serious: number): ScoreVerdict {
  const band = scoreBand(score);
  return band === "good" && serious > 0 ? "attention" : band;
}
