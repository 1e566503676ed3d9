import type { AppRouter } from "@arco/api";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

import type { MetricsMonths } from "~/components/admin/metrics/types";

/** The business metrics of the last `months` months: prefetched by the admin home, read by it. */
export const metricsQuery = (trpc: TRPCOptionsProxy<AppRouter>, months: MetricsMonths) =>
  trpc.admin.metrics.overview.queryOptions({ months });
