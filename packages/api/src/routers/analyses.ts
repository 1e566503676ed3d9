import { createHmac } from "node:crypto";

import type { RateLimitRule } from "@arco/ratelimit";
import { analyses, orgs } from "@arco/services";
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
  const memberships = await orgs.listMemberships({ ...ctx.scope, actor });
  const active = memberships.find((m) => m.orgId === ctx.user?.activeOrgId) ?? memberships[0];
  const scope = active
    ? { ...ctx.scope, actor, orgId: active.orgId, role: active.role }
    : ctx.scope;
  if (active && active.tier !== "free") {
    return { scope, rule: `analyses.run.${active.tier}`, key: active.orgId };
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
