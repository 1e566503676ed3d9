import { analyses, leads } from "@arco/services";

import { captureLeadInput, unsubscribeInput } from "../schemas";
import { enforceRateLimit, publicProcedure, router } from "../trpc";

export const leadsRouter = router({
  /**
   * "Email me this report" / "sign up to save": only for an analysis the caller can see. The
   * lead's id never reaches the browser: it is half of the unsubscribe capability.
   */
  capture: publicProcedure.input(captureLeadInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx, "leads.capture.ip", ctx.ip);
    await enforceRateLimit(ctx, "leads.capture.recipient", input.email);
    await analyses.visibleAnalysis(ctx.scope, input.analysisId);
    const { emailed } = await leads.captureLead(ctx.scope, input);
    return { emailed };
  }),

  unsubscribe: publicProcedure
    .input(unsubscribeInput)
    .mutation(({ ctx, input }) => leads.unsubscribeLead(ctx.scope, input)),
});
