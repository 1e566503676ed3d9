import { createHmac } from "node:crypto";

import type { RateLimitRule } from "@arco/ratelimit";
import { analyses } from "@arco/services";
import type { OrgScope, PublicScope } from "@arco/services";

import { env } from "../env";
import {
  analysesListInput,
  analysisUrlInput,
  analyzeInput,
  idInput,
  shareTokenInput,
} from "../schemas";
import type { Context } from "../trpc";
import { enforceRateLimit, protectedProcedure, publicProcedure, router } from "../trpc";

/** Keyed, so the stored value can't be reversed into an address by trying them all. */
const ipHash = (ip: string) => createHmac("sha256", env.AUTH_SECRET).update(ip).digest("hex");

/**
 * Who is asking, and the limit that applies: anonymous visitors per IP, free users per
 * account, clients per organization at their plan's rate (their analyses count for it).
 */
async function requester(ctx: Context): Promise<{
  scope: PublicScope | OrgScope;
  rule: RateLimitRule;
  key: string;
}> {
  const { actor } = ctx.scope;
  if (!ctx.user || actor.userId === null) {
    return { scope: ctx.scope, rule: "analyses.run.anonymous", key: ctx.ip };
  }
  // Their own organization's analyses; agency staff in a client's count as their own.
  const access = ctx.access?.role === "staff" ? null : ctx.access;
  const scope = access
    ? { ...ctx.scope, actor, orgId: access.org.id, role: access.role }
    : ctx.scope;
  if (access && access.plan.tier !== "free") {
    return { scope, rule: `analyses.run.${access.plan.tier}`, key: access.org.id };
  }
  return { scope, rule: "analyses.run.user", key: ctx.user.id };
}

export const analysesRouter = router({
  /** Queues the analysis and returns at once; the page follows its progress with `byId`. */
  run: publicProcedure.input(analyzeInput).mutation(async ({ ctx, input }) => {
    const { scope, rule, key } = await requester(ctx);
    await enforceRateLimit(ctx, rule, key);
    // It runs as a job, on a worker thread, when its turn comes.
    const { id } = await analyses.startAnalysis(scope, { url: input.url, ipHash: ipHash(ctx.ip) });
    return { id };
  }),

  byId: publicProcedure
    .input(idInput)
    .query(({ ctx, input }) => analyses.analysisForViewer(ctx.scope, input)),

  share: publicProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => analyses.shareAnalysis(ctx.scope, input)),

  shared: publicProcedure
    .input(shareTokenInput)
    .query(({ ctx, input }) => analyses.sharedAnalysis(ctx.scope, input)),

  list: protectedProcedure
    .input(analysesListInput)
    .query(({ ctx, input }) => analyses.listAnalyses(ctx.scope, input)),

  pages: protectedProcedure.query(({ ctx }) => analyses.analyzedPages(ctx.scope)),

  trend: protectedProcedure
    .input(analysisUrlInput)
    .query(({ ctx, input }) => analyses.scoreTrend(ctx.scope, input)),
});
