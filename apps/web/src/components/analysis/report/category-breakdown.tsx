import type { Report } from "@arco/analyzer/report";

import { SectionHeading } from "~/components/analysis/report/section-heading";
import { Badge } from "~/components/ui/badge";
import { categories, categoryLabel, severities } from "~/lib/analysis";
import { plural } from "~/lib/format";
import { scoreTone } from "~/lib/score";
import { cn } from "~/lib/utils";

/** Ends a phrase from the analyzer with one full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Each category's score, how it was reached and how many problems of each severity it found. */
export function CategoryBreakdown({ report }: { report: Report }) {
  return (
    <section aria-labelledby="categories-title" className="grid gap-4">
      <SectionHeading id="categories-title" title="By category">
        How each score was reached and how many problems it found.
      </SectionHeading>
      <ul className="grid gap-3 md:grid-cols-2">
        {categories.map((category) => {
          const score = report.scores.categories[category];
          const found = report.findings.filter(
            (f) => f.category === category && f.severity !== "info",
          );
          const bySeverity = severities
            .map((severity) => ({
              severity,
              count: found.filter((f) => f.severity === severity).length,
            }))
            .filter(({ count }) => count > 0)
            .map(({ severity, count }) => `${count} ${severity}`);
          return (
            <li key={category} className="grid gap-3 rounded-xl border bg-card p-4 shadow-sm">
              <div className="flex items-center gap-3">
                <h3 className="font-semibold">{categoryLabel[category]}</h3>
                {score.estimated ? <Badge variant="outline">Estimate</Badge> : null}
                <span
                  className={cn(
                    "ml-auto text-lg font-semibold tabular-nums",
                    score.score === null ? "text-muted-foreground" : scoreTone(score.score).text,
                  )}
                >
                  {score.score ?? "–"}
                  <span className="sr-only"> out of 100</span>
                </span>
              </div>
              <span aria-hidden className="h-1.5 overflow-hidden rounded-full bg-muted">
                {score.score !== null ? (
                  <span
                    className={cn("block h-full rounded-full", scoreTone(score.score).fill)}
                    style={{ width: `${Math.max(score.score, 2)}%` }}
                  />
                ) : null}
              </span>
              <p className="text-sm">
                {found.length === 0
                  ? "No problems found."
                  : `${plural(found.length, "problem")}: ${bySeverity.join(", ")}.`}
              </p>
              <p className="text-xs text-muted-foreground">{sentence(score.basis)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
