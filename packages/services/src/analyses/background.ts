import { isSafeFetchError } from "@arco/analyzer";
import type { AnalysisStage } from "@arco/analyzer";
import { urlAnalyses } from "@arco/db/schema";
import { logger } from "@arco/log";
import { and, eq, inArray, lt, or, sql } from "drizzle-orm";

import type { ServiceContext, SystemScope } from "../context";
import { QUEUED_TOO_LONG_MS, RUNNING, STUCK_AFTER_MS } from "./stuck";

/** Fails runs stuck past their time (`STALLED`); returns how many. */
export async function sweepStuckAnalyses({ db, now }: ServiceContext) {
  const at = now().getTime();
  const stuck = await db
    .update(urlAnalyses)
    .set({ status: "failed", errorCode: "STALLED", finishedAt: sql`now()` })
    .where(
      or(
        and(
          inArray(urlAnalyses.status, RUNNING),
          lt(urlAnalyses.startedAt, new Date(at - STUCK_AFTER_MS)),
        ),
        and(
          eq(urlAnalyses.status, "queued"),
          lt(urlAnalyses.createdAt, new Date(at - QUEUED_TOO_LONG_MS)),
        ),
      ),
    )
    .returning({ id: urlAnalyses.id });
  return stuck.length;
}

/**
 * Runs a queued analysis to its end (the `analysis/requested` job): through `deps.analyze`, on
 * a worker thread of the analysis pool. The row leaves `queued` when a worker starts on it, then
 * records each stage so the result page can show progress, then the scores and the report, or
 * the error code. Never throws: a failure is the run's result. A run that is not queued (done,
 * swept, or started by an earlier delivery of the event) is left alone.
 */
export async function runRequestedAnalysis(
  { db, deps }: SystemScope,
  { analysisId }: { analysisId: string },
) {
  const [row] = await db
    .select({ url: urlAnalyses.url, status: urlAnalyses.status })
    .from(urlAnalyses)
    .where(eq(urlAnalyses.id, analysisId));
  if (!row || row.status !== "queued") return { status: row?.status ?? null, threadId: null };

  const byId = eq(urlAnalyses.id, analysisId);
  let started = Date.now();
  // Stage updates are written in order, and all of them before the final result.
  let stages = Promise.resolve();
  const onProgress = (stage: AnalysisStage) => {
    if (stage === "done") return;
    if (stage === "fetching") started = Date.now();
    stages = stages.then(async () => {
      await db
        .update(urlAnalyses)
        .set(stage === "fetching" ? { status: stage, startedAt: sql`now()` } : { status: stage })
        .where(byId);
    });
  };
  try {
    const { report, threadId } = await deps.analyze(row.url, { onProgress });
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
      .where(byId);
    return { status: "done" as const, threadId };
  } catch (error) {
    await stages.catch(() => {});
    const errorCode = isSafeFetchError(error) ? error.code : "INTERNAL";
    if (errorCode === "INTERNAL") logger.error({ err: error, analysisId }, "Analysis failed");
    await db
      .update(urlAnalyses)
      .set({
        status: "failed",
        errorCode,
        durationMs: Date.now() - started,
        finishedAt: sql`now()`,
      })
      .where(byId)
      .catch((err: unknown) =>
        logger.error({ err, analysisId }, "Could not record an analysis's failure"),
      );
    return { status: "failed" as const, threadId: null };
  }
}
