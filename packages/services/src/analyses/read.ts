import type { DbOrTx } from "@arco/db";
import { urlAnalyses } from "@arco/db/schema";
import { and, asc, count, desc, eq, max, sql } from "drizzle-orm";

import type { PublicScope, UserScope } from "../context";
import { notFound } from "../errors";
import { afterCursor, page } from "../pagination";
import { visibleAnalysis } from "./access";
import { normalizeAnalyzedUrl } from "./normalize";

/** 1 for the next analysis to start, 2 for the one after it…; null once it left the queue. */
export async function queuePosition(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ position: count() })
    .from(urlAnalyses)
    .where(
      and(
        eq(urlAnalyses.status, "queued"),
        sql`(${urlAnalyses.createdAt}, ${urlAnalyses.id}) <= (select created_at, id from url_analyses where id = ${id} and status = 'queued')`,
      ),
    );
  return row && row.position > 0 ? row.position : null;
}

/** One analysis as its result page shows it, while it runs and once it is done. */
export async function analysisForViewer(scope: PublicScope, { id }: { id: string }) {
  const row = await visibleAnalysis(scope, id);
  const userId = scope.actor.userId;
  return {
    /** Its place in the queue while it waits (1: next to start). */
    queuePosition: row.status === "queued" ? await queuePosition(scope.db, row.id) : null,
    id: row.id,
    url: row.url,
    normalizedUrl: row.normalizedUrl,
    status: row.status,
    errorCode: row.errorCode,
    score: row.score,
    report: row.report,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    durationMs: row.durationMs,
    shareToken: row.shareToken,
    isMine: userId !== null && row.userId === userId,
  };
}

/** The public copy of a shared report: the page and its results, nothing about who ran it. */
export async function sharedAnalysis({ db }: PublicScope, { token }: { token: string }) {
  const [row] = await db
    .select({
      url: urlAnalyses.url,
      score: urlAnalyses.score,
      report: urlAnalyses.report,
      createdAt: urlAnalyses.createdAt,
    })
    .from(urlAnalyses)
    .where(and(eq(urlAnalyses.shareToken, token), eq(urlAnalyses.status, "done")));
  if (!row) throw notFound("Shared report");
  return row;
}

/** The user's runs, newest first, optionally for one page. */
export async function listAnalyses(
  { db, actor }: UserScope,
  { url, cursor, limit }: { url?: string; cursor?: string; limit: number },
) {
  const rows = await db
    .select({
      id: urlAnalyses.id,
      url: urlAnalyses.url,
      normalizedUrl: urlAnalyses.normalizedUrl,
      status: urlAnalyses.status,
      errorCode: urlAnalyses.errorCode,
      score: urlAnalyses.score,
      createdAt: urlAnalyses.createdAt,
    })
    .from(urlAnalyses)
    .where(
      and(
        eq(urlAnalyses.userId, actor.userId),
        url ? eq(urlAnalyses.normalizedUrl, normalizeAnalyzedUrl(url)) : undefined,
        afterCursor(cursor, { at: urlAnalyses.createdAt, id: urlAnalyses.id }, "desc"),
      ),
    )
    .orderBy(desc(urlAnalyses.createdAt), desc(urlAnalyses.id))
    .limit(limit + 1);
  return page(rows, limit, (r) => ({ at: r.createdAt, id: r.id }));
}

/** The pages the user has analyzed, most recent first: how often, when, and the latest result. */
export async function analyzedPages({ db, actor }: UserScope) {
  const [pages, latest] = await Promise.all([
    db
      .select({
        normalizedUrl: urlAnalyses.normalizedUrl,
        runs: count(),
        lastRunAt: max(urlAnalyses.createdAt),
      })
      .from(urlAnalyses)
      .where(eq(urlAnalyses.userId, actor.userId))
      .groupBy(urlAnalyses.normalizedUrl)
      .orderBy(desc(max(urlAnalyses.createdAt)))
      .limit(100),
    db
      .selectDistinctOn([urlAnalyses.normalizedUrl], {
        normalizedUrl: urlAnalyses.normalizedUrl,
        lastScore: urlAnalyses.score,
        lastStatus: urlAnalyses.status,
      })
      .from(urlAnalyses)
      .where(eq(urlAnalyses.userId, actor.userId))
      .orderBy(urlAnalyses.normalizedUrl, desc(urlAnalyses.createdAt), desc(urlAnalyses.id)),
  ]);
  const latestOf = new Map(latest.map((l) => [l.normalizedUrl, l]));
  return pages.map((page) => {
    const last = latestOf.get(page.normalizedUrl);
    return { ...page, lastScore: last?.lastScore ?? null, lastStatus: last?.lastStatus ?? null };
  });
}

/** Scores of the user's finished runs on one page, oldest first: the trend chart's points. */
export function scoreTrend({ db, actor }: UserScope, { url }: { url: string }) {
  return db
    .select({
      id: urlAnalyses.id,
      createdAt: urlAnalyses.createdAt,
      score: urlAnalyses.score,
      performance: urlAnalyses.performanceScore,
      accessibility: urlAnalyses.accessibilityScore,
      bestPractices: urlAnalyses.bestPracticesScore,
      seo: urlAnalyses.seoScore,
      security: urlAnalyses.securityScore,
    })
    .from(urlAnalyses)
    .where(
      and(
        eq(urlAnalyses.userId, actor.userId),
        eq(urlAnalyses.normalizedUrl, normalizeAnalyzedUrl(url)),
        eq(urlAnalyses.status, "done"),
      ),
    )
    .orderBy(asc(urlAnalyses.createdAt))
    .limit(100);
}
