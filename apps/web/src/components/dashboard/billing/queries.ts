import type { AppRouter } from "@arco/api";
import type { creditEntryTypes } from "@arco/api/schemas/billing";
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";

import { usageCardQueries } from "~/components/dashboard/overview/queries";
import { nextCursor } from "~/lib/pagination";

export const LEDGER_PAGE_SIZE = 20;
export const USAGE_DAYS = 30;

/** The ledger as the billing page opens it: every kind of entry, newest first. */
export const ledgerQuery = (trpc: TRPCOptionsProxy<AppRouter>, type?: LedgerType) =>
  trpc.billing.ledger.infiniteQueryOptions(
    { limit: LEDGER_PAGE_SIZE, ...(type ? { type } : {}) },
    { getNextPageParam: nextCursor },
  );

export type LedgerType = (typeof creditEntryTypes)[number];

/**
 * What the billing page reads before it renders (Stripe's side loads in the browser), with the
 * plan-usage card it shares with the overview.
 */
export const billingQueries = (trpc: TRPCOptionsProxy<AppRouter>) => [
  ...usageCardQueries(trpc),
  trpc.billing.overview.queryOptions(),
  trpc.billing.balance.queryOptions(),
  trpc.billing.usage.queryOptions({ days: USAGE_DAYS }),
  ledgerQuery(trpc),
];
