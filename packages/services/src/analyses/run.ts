import type { DbOrTx } from "@arco/db";
import { urlAnalyses } from "@arco/db/schema";
import { isSafeFetchError } from "@arco/analyzer";
import type { AnalysisStage, Report } from "@arco/analyzer";
import { logger } from "@arco/log";
import { eq, sql } from "drizzle-orm";

/** The analyzer as services use it: injectable, so tests can point it at local servers. */
export type Analyze = (
  url: string,
  options: { onProgress: (stage: AnalysisStage) => void },
) => Promise<Report>;

/**
 * Runs a queued analysis to its end, recording each stage on the row so the result page can
 * show progress, then the scores and the report, or the error code. Never throws: a failure
 * is the run's result.
 */
export async function runAnalysis(db: DbOrTx, id: string, analyze: Analyze) {
  const started = Date.now();
  // Stage updates are written in order, and all of them before the final result.
  let stages = Promise.resolve();
  const onProgress = (stage: AnalysisStage) => {
    if (stage === "done") return;
    stages = stages.then(async () => {
      await db.update(urlAnalyses).set({ status: stage }).where(eq(urlAnalyses.id, id));
    });
  };
  const [row] = await db
    .select({ url: urlAnalyses.url })
    .from(urlAnalyses)
    .where(eq(urlAnalyses.id, id));
  if (!row) return;
  try {
    onProgress("fetching");
    const report = await analyze(row.url, { onProgress });
    await stages;
    const { overall, categories } = report.scores;
    await db
      .update(urlAnalyses)
      .set({
        status: "done",
        score: overall,
        performanceScore: categories.performance.score,
        accessibilityScore: categories.accessibility.score,
        bestPracticesScore: categories["best-practices"].score,
        seoScore: categories.seo.score,
        securityScore: categories.security.score,
        report: report as unknown as Record<string, unknown>,
        durationMs: Date.now() - started,
        // The database's clock, like created_at's: app and database clocks may disagree.
        finishedAt: sql`now()`,
      })
      .where(eq(urlAnalyses.id, id));
  } catch (error) {
    await stages.catch(() => {});
    const errorCode = isSafeFetchError(error) ? error.code : "INTERNAL";
    if (errorCode === "INTERNAL") logger.error({ err: error, analysisId: id }, "Analysis failed");
    await db
      .update(urlAnalyses)
      .set({
        status: "failed",
        errorCode,
        durationMs: Date.now() - started,
        finishedAt: sql`now()`,
      })
      .where(eq(urlAnalyses.id, id))
      .catch((err: unknown) =>
        logger.error({ err, analysisId: id }, "Could not record an analysis's failure"),
      );
  }
}
