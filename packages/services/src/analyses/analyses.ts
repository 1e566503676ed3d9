import { randomBytes } from "node:crypto";

import { urlAnalyses } from "@arco/db/schema";
import { and, eq, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { OrgScope, PublicScope } from "../context";
import { ServiceError } from "../errors";
import { visibleAnalysis, visibleTo } from "./access";
import { normalizeAnalyzedUrl } from "./normalize";

/**
 * Queues an analysis of `url` for whoever asked — a client's analyses count for their
 * organization (an org scope) — and sends `analysis/requested`: the job that runs it, on a
 * worker thread, off the request.
 */
export async function startAnalysis(
  scope: PublicScope | OrgScope,
  { url, ipHash }: { url: string; ipHash: string | null },
) {
  const orgId = "orgId" in scope ? scope.orgId : null;
  const row = await scope.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(urlAnalyses)
      .values({
        url,
        orgId,
        ipHash,
        userId: scope.actor.userId,
        normalizedUrl: normalizeAnalyzedUrl(url),
      })
      .returning({ id: urlAnalyses.id, status: urlAnalyses.status });
    await recordAudit(tx, scope.actor, {
      orgId,
      action: "analyses.run",
      resourceType: "url_analysis",
      resourceId: inserted!.id,
      after: { url },
    });
    return inserted!;
  });
  await scope.emit({ name: "analysis/requested", data: { analysisId: row.id } });
  return row;
}

/** Makes a finished analysis readable at /r/<token>; the same token every time. */
export async function shareAnalysis(scope: PublicScope, { id }: { id: string }) {
  const shareToken = await scope.db.transaction(async (tx) => {
    const [row] = await tx
      .update(urlAnalyses)
      .set({
        shareToken: sql`coalesce(${urlAnalyses.shareToken}, ${randomBytes(24).toString("base64url")})`,
      })
      .where(and(visibleTo(id, scope.actor.userId), eq(urlAnalyses.status, "done")))
      .returning({ shareToken: urlAnalyses.shareToken, orgId: urlAnalyses.orgId });
    if (!row?.shareToken) return null;
    await recordAudit(tx, scope.actor, {
      orgId: row.orgId,
      action: "analyses.share",
      resourceType: "url_analysis",
      resourceId: id,
    });
    return row.shareToken;
  });
  if (!shareToken) {
    // Either it isn't visible to this caller (not found) or it hasn't finished.
    await visibleAnalysis(scope, id);
    throw new ServiceError("PRECONDITION_FAILED", "Only a finished analysis can be shared.");
  }
  return { shareToken };
}
