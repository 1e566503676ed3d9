import { createHmac } from "node:crypto";

import type { RateLimitRule } from "@arco/ratelimit";
import { analyses, orgs } from "@arco/services";

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
 * account, clients per organization at their plan's rate.
 */
async function requester(ctx: Context) {
  const { actor } = ctx.scope;
  if (!ctx.user || actor.userId === null) {
    return { actor, orgId: null, rule: "analyses.run.anonymous" as RateLimitRule, key: ctx.ip };
  }
  const memberships = await orgs.listMemberships({ ...ctx.scope, actor });
  const active = memberships.find((m) => m.orgId === ctx.user?.activeOrgId) ?? memberships[0];
  if (active && active.tier !== "free") {
    return {
      actor,
      orgId: active.orgId,
      rule: `analyses.run.${active.tier}` as RateLimitRule,
      key: active.orgId,
    };
  }
  return {
    actor,
    orgId: active?.orgId ?? null,
    rule: "analyses.run.user" as RateLimitRule,
    key: ctx.user.id,
  };
}

export const analysesRouter = router({
  /** Queues the analysis and returns at once; the page follows its progress with `byId`. */
  run: publicProcedure.input(analyzeInput).mutation(async ({ ctx, input }) => {
    const { actor, orgId, rule, key } = await requester(ctx);
    await enforceRateLimit(ctx, rule, key);
    const { id } = await analyses.startAnalysis(ctx.db, actor, {
      url: input.url,
      orgId,
      ipHash: ipHash(ctx.ip),
    });
    // It waits its turn: at most a few analyses run at once, whoever asks.
    ctx.defer(() => analyses.dispatchAnalyses(ctx.db, { analyze: ctx.analyze, defer: ctx.defer }));
    return { id };
  }),

  byId: publicProcedure
    .input(idInput)
    .query(({ ctx, input }) =>
      analyses.analysisForViewer(ctx.db, { id: input.id, userId: ctx.user?.id ?? null }),
    ),

  share: publicProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    const { actor } = await requester(ctx);
    return analyses.shareAnalysis(ctx.db, actor, input.id);
  }),

  shared: publicProcedure
    .input(shareTokenInput)
    .query(({ ctx, input }) => analyses.sharedAnalysis(ctx.db, input.token)),

  list: protectedProcedure
    .input(analysesListInput)
    .query(({ ctx, input }) => analyses.listAnalyses(ctx.db, { userId: ctx.user.id, ...input })),

  pages: protectedProcedure.query(({ ctx }) => analyses.analyzedPages(ctx.db, ctx.user.id)),

  trend: protectedProcedure
    .input(analysisUrlInput)
    .query(({ ctx, input }) =>
      analyses.scoreTrend(ctx.db, { userId: ctx.user.id, url: input.url }),
    ),
});
