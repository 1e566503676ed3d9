import type { Report } from "@arco/analyzer/report";
import { localizeScoreBasis } from "@arco/analyzer/text";
import { useFormatter, useLocale, useTranslations } from "next-intl";

import { useCategoryLabel } from "~/components/analysis/report/labels";
import { SectionHeading } from "~/components/analysis/report/section-heading";
import { Badge } from "~/components/ui/badge";
import { categories, categoryProblems, severities } from "~/lib/analysis";
import { scoreBand, scoreTone } from "~/lib/score";
import { cn } from "~/lib/utils";

/** Ends a phrase from the analyzer with one full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * Each category's score, how it was reached and how many problems of each severity it found.
 * Where the score and the problems seem to disagree (a 100 with problems open, a good score
 * with serious ones), a sentence says why.
 */
export function CategoryBreakdown({ report }: { report: Report }) {
  const t = useTranslations("report.breakdown");
  const format = useFormatter();
  const locale = useLocale();
  const categoryLabel = useCategoryLabel();
  return (
    <section aria-labelledby="categories-title" className="grid gap-4">
      <SectionHeading id="categories-title" title={t("title")}>
        {t("intro")}
      </SectionHeading>
      <ul className="grid gap-3 md:grid-cols-2">
        {categories.map((category) => {
          const score = report.scores.categories[category];
          const { problems, serious } = categoryProblems(report.findings, category);
          const bySeverity = severities
            .map((severity) => ({
              severity,
              count: problems.filter((f) => f.severity === severity).length,
            }))
            .filter(({ count }) => count > 0)
            .map(({ severity, count }) => t("severityCount", { severity, count }));
          const note =
            score.score === 100 && problems.length > 0
              ? t("why100")
              : score.score !== null && scoreBand(score.score) === "good" && serious > 0
                ? t("despiteScore", { count: serious })
                : null;
          return (
            <li key={category} className="grid gap-3 rounded-xl border bg-card p-4 shadow-sm">
              <div className="flex items-center gap-3">
                <h3 className="font-semibold">{categoryLabel(category)}</h3>
                {score.estimated ? <Badge variant="outline">{t("estimate")}</Badge> : null}
                <span
                  className={cn(
                    "ml-auto text-lg font-semibold tabular-nums",
                    score.score === null ? "text-muted-foreground" : scoreTone(score.score).text,
                  )}
                >
                  {score.score === null ? (
                    <>
                      <span aria-hidden>–</span>
                      <span className="sr-only">{t("notScored")}</span>
                    </>
                  ) : (
                    <>
                      <span aria-hidden>{score.score}</span>
                      <span className="sr-only">{t("score", { score: score.score })}</span>
                    </>
                  )}
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
                {problems.length === 0
                  ? t("noProblems")
                  : t("problems", {
                      count: problems.length,
                      list: format.list(bySeverity, { type: "unit" }),
                    })}
              </p>
              {note ? <p className="text-sm text-muted-foreground">{note}</p> : null}
              <p className="text-xs text-muted-foreground">
                {sentence(localizeScoreBasis(score.basis, locale))}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
