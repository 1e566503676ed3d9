import { metrics } from "@arco/services";

import { metricsInput } from "../schemas/metrics";
import { router, staffProcedure } from "../trpc";

/** The business at a glance, for agency admins: revenue, clients, support and the funnel. */
export const adminMetricsRouter = router({
  /** Every card of the admin home for the period, computed side by side. */
  overview: staffProcedure("readMetrics")
    .input(metricsInput)
    .query(({ ctx, input }) => metrics.businessMetrics(ctx.scope, input)),
});
