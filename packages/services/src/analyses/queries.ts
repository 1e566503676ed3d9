import { randomBytes } from "node:crypto";

import type { DbOrTx } from "@arco/db";
import { urlAnalyses } from "@arco/db/schema";
import { and, asc, count, desc, eq, isNull, max, or, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor, AnonymousActor } from "../audit";
import { ServiceError, notFound } from "../errors";
import { afterCursor, page } from "../pagination";
import { normalizeAnalyzedUrl } from "./normalize";
import { isStuck, queuePosition, sweepStuckAnalyses } from "./queue";

/** Queues an analysis of `url` for whoever asked; `runAnalysis` carries it out. */
export async function startAnalysis(
  db: DbOrTx,
  actor: Actor | AnonymousActor,
  input: { url: string; orgId: string | null; ipHash: string | null },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(urlAnalyses)
      .values({ ...input, userId: actor.userId, normalizedUrl: normalizeAnalyzedUrl(input.url) })
      .returning({ id: urlAnalyses.id, status: urlAnalyses.status });
    await recordAudit(tx, actor, {
      orgId: input.orgId,
      action: "analyses.run",
      resourceType: "url_analysis",
      resourceId: row!.id,
      after: { url: input.url },
    });
    return row!;
  });
}

/**
 * Who may open an analysis by id: the signed-in user who ran it, or anyone for an anonymous
 * run (its random id is the capability, as the link to it is). Others get "not found".
 */
const visibleTo = (id: string, userId: string | null) =>
  and(
    eq(urlAnalyses.id, id),
    userId
      ? or(eq(urlAnalyses.userId, userId), isNull(urlAnalyses.userId))
      : isNull(urlAnalyses.userId),
  );

export async function analysisForViewer(
  db: DbOrTx,
  { id, userId }: { id: string; userId: string | null },
) {
  let [row] = await db.select().from(urlAnalyses).where(visibleTo(id, userId));
  if (!row) throw notFound("Analysis");
  // A run stuck past its time is answered as failed now, not whenever the sweep comes by.
  if (isStuck(row)) {
    await sweepStuckAnalyses(db);
    [row] = await db.select().from(urlAnalyses).where(visibleTo(id, userId));
    if (!row) throw notFound("Analysis");
  }
  return {
    /** Its place in the queue while it waits (1: next to start). */
    queuePosition: row.status === "queued" ? await queuePosition(db, row.id) : null,
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

/** Makes a finished analysis readable at /r/<token>; the same token every time. */
export async function shareAnalysis(db: DbOrTx, actor: Actor | AnonymousActor, id: string) {
  const shareToken = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(urlAnalyses)
      .set({
        shareToken: sql`coalesce(${urlAnalyses.shareToken}, ${randomBytes(24).toString("base64url")})`,
      })
      .where(and(visibleTo(id, actor.userId), eq(urlAnalyses.status, "done")))
      .returning({ shareToken: urlAnalyses.shareToken, orgId: urlAnalyses.orgId });
    if (!row?.shareToken) return null;
    await recordAudit(tx, actor, {
      orgId: row.orgId,
      action: "analyses.share",
      resourceType: "url_analysis",
      resourceId: id,
    });
    return row.shareToken;
  });
  if (!shareToken) {
    // Either it isn't visible to this caller (not found) or it hasn't finished.
    await analysisForViewer(db, { id, userId: actor.userId });
    throw new ServiceError("PRECONDITION_FAILED", "Only a finished analysis can be shared.");
  }
  return { shareToken };
}

/** The public copy of a shared report: the page and its results, nothing about who ran it. */
export async function sharedAnalysis(db: DbOrTx, token: string) {
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
  db: DbOrTx,
  { userId, url, cursor, limit }: { userId: string; url?: string; cursor?: string; limit: number },
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
        eq(urlAnalyses.userId, userId),
        url ? eq(urlAnalyses.normalizedUrl, normalizeAnalyzedUrl(url)) : undefined,
        afterCursor(cursor, { at: urlAnalyses.createdAt, id: urlAnalyses.id }, "desc"),
      ),
    )
    .orderBy(desc(urlAnalyses.createdAt), desc(urlAnalyses.id))
    .limit(limit + 1);
  return page(rows, limit, (r) => ({ at: r.createdAt, id: r.id }));
}

/** The pages the user has analyzed, most recent first: how often, when, and the latest result. */
export async function analyzedPages(db: DbOrTx, userId: string) {
  const [pages, latest] = await Promise.all([
    db
      .select({
        normalizedUrl: urlAnalyses.normalizedUrl,
        runs: count(),
        lastRunAt: max(urlAnalyses.createdAt),
      })
      .from(urlAnalyses)
      .where(eq(urlAnalyses.userId, userId))
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
      .where(eq(urlAnalyses.userId, userId))
      .orderBy(urlAnalyses.normalizedUrl, desc(urlAnalyses.createdAt), desc(urlAnalyses.id)),
  ]);
  const latestOf = new Map(latest.map((l) => [l.normalizedUrl, l]));
  return pages.map((page) => {
    const last = latestOf.get(page.normalizedUrl);
    return { ...page, lastScore: last?.lastScore ?? null, lastStatus: last?.lastStatus ?? null };
  });
}

/** Scores of the user's finished runs on one page, oldest first: the trend chart's points. */
export function scoreTrend(db: DbOrTx, { userId, url }: { userId: string; url: string }) {
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
        eq(urlAnalyses.userId, userId),
        eq(urlAnalyses.normalizedUrl, normalizeAnalyzedUrl(url)),
        eq(urlAnalyses.status, "done"),
      ),
    )
    .orderBy(asc(urlAnalyses.createdAt))
    .limit(100);
}
