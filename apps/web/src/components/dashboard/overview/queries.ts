import type { AppRouter } from "@arco/api";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

import { ACTIVITY_LIMIT } from "~/lib/pagination";

/**
 * What the overview page reads before it renders, one query per card: the page prefetches these
 * and the statement-count test runs the same list.
 */
export const overviewQueries = (trpc: TRPCOptionsProxy<AppRouter>) => [
  ...usageCardQueries(trpc),
  trpc.orgs.activity.queryOptions({ limit: ACTIVITY_LIMIT }),
];

/** What the plan-usage card reads (the overview's and the billing page's). */
export const usageCardQueries = (trpc: TRPCOptionsProxy<AppRouter>) => [
  trpc.orgs.current.queryOptions(),
  trpc.projects.overview.queryOptions(),
  trpc.tickets.overview.queryOptions(),
  trpc.domains.overview.queryOptions(),
  trpc.files.usage.queryOptions(),
];
