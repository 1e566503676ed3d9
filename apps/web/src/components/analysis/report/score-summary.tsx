import type { Report } from "@arco/analyzer/report";

import { ScoreGauge, ScoreLegend } from "~/components/analysis/score-gauge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { categories, categoryLabel } from "~/lib/analysis";

/** The overall score and one gauge per category, with the bands' legend. */
export function ScoreSummary({ report }: { report: Report }) {
  const { overall, categories: scores } = report.scores;
  const estimated = categories.filter((c) => scores[c].estimated);
  return (
    <section aria-labelledby="scores-title">
      <Card className="gap-6">
        <CardHeader>
          <CardTitle>
            <h2 id="scores-title" className="text-lg">
              Scores
            </h2>
          </CardTitle>
          <CardDescription>
            Out of 100, in Lighthouse’s bands. The overall score weighs the five categories.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6 lg:grid-cols-[auto_1fr] lg:items-center lg:gap-10">
          <div className="grid justify-items-center gap-2">
            <ScoreGauge score={overall} label="Overall score" size="lg" />
            <p className="font-medium">Overall</p>
          </div>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5">
            {categories.map((category) => (
              <li key={category} className="grid justify-items-center gap-2 text-center">
                <ScoreGauge score={scores[category].score} label={categoryLabel[category]} />
                <p className="text-sm font-medium">
                  {categoryLabel[category]}
                  {scores[category].estimated ? (
                    <span className="text-muted-foreground">
                      {" "}
                      <abbr title="Estimated" className="no-underline">
                        *
                      </abbr>
                    </span>
                  ) : null}
                  {scores[category].score === null ? (
                    <span aria-hidden className="block text-xs font-normal text-muted-foreground">
                      Not scored
                    </span>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </CardContent>
        <CardContent className="grid gap-3 border-t pt-5">
          <ScoreLegend />
          {estimated.length > 0 ? (
            <p className="text-xs text-muted-foreground">
              * Estimated: {estimated.map((c) => categoryLabel[c]).join(", ")}. Without a browser
              some of Lighthouse’s checks can’t run; see how each score was obtained below.
            </p>
          ) : null}
        </CardContent>
      </Card>
    </section>
  );
}
