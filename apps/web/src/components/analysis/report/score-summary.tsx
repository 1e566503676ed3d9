import type { Report } from "@arco/analyzer/report";
import { useFormatter, useTranslations } from "next-intl";

import { useCategoryLabel } from "~/components/analysis/report/labels";
import { ScoreGauge, ScoreLegend } from "~/components/analysis/score-gauge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { categories, categoryProblems } from "~/lib/analysis";

/**
 * The overall score and one gauge per category, with the bands' legend. A gauge's wording
 * follows its findings as well as its score: serious problems are said under it.
 */
export function ScoreSummary({ report }: { report: Report }) {
  const t = useTranslations("report.summary");
  const format = useFormatter();
  const categoryLabel = useCategoryLabel();
  const { overall, categories: scores } = report.scores;
  const estimated = categories.filter((c) => scores[c].estimated);
  const serious = Object.fromEntries(
    categories.map((c) => [c, categoryProblems(report.findings, c).serious]),
  );
  const allSerious = Object.values(serious).reduce((sum, n) => sum + n, 0);
  return (
    <section aria-labelledby="scores-title">
      <Card className="gap-6">
        <CardHeader>
          <CardTitle>
            <h2 id="scores-title" className="text-lg">
              {t("title")}
            </h2>
          </CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6 lg:grid-cols-[auto_1fr] lg:items-center lg:gap-10">
          <div className="grid justify-items-center gap-2">
            <ScoreGauge score={overall} label={t("overallLabel")} serious={allSerious} size="lg" />
            <p className="font-medium">{t("overall")}</p>
          </div>
          <ul className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-3 lg:grid-cols-5">
            {categories.map((category) => {
              const { score, estimated: isEstimate } = scores[category];
              const count = serious[category] ?? 0;
              return (
                <li key={category} className="grid justify-items-center gap-2 text-center">
                  <ScoreGauge score={score} label={categoryLabel(category)} serious={count} />
                  <p className="text-sm font-medium">
                    {categoryLabel(category)}
                    {isEstimate ? (
                      <span className="text-muted-foreground">
                        {" "}
                        <abbr title={t("estimated")} className="no-underline">
                          *
                        </abbr>
                      </span>
                    ) : null}
                    {score === null ? (
                      <span aria-hidden className="block text-xs font-normal text-muted-foreground">
                        {t("notScored")}
                      </span>
                    ) : count > 0 ? (
                      <span className="block text-xs font-normal text-destructive">
                        {t("serious", { count })}
                      </span>
                    ) : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </CardContent>
        <CardContent className="grid gap-3 border-t pt-5">
          <ScoreLegend />
          {estimated.length > 0 ? (
            <p className="text-xs text-muted-foreground">
              {t("estimatedNote", {
                categories: format.list(estimated.map(categoryLabel)),
              })}
            </p>
          ) : null}
        </CardContent>
      </Card>
    </section>
  );
}
