import type { StaffScope } from "../context";
import { freeTierFunnel } from "./funnel";
import { METRICS_CURRENCY, metricsMonths } from "./months";
import { revenueByMonth } from "./revenue";
import type { RevenueMonth } from "./revenue";
import { slaByResponseTime, ticketVolume } from "./support";
import { clientsByTier, storageByTier } from "./tiers";

/**
 * Every card of the admin home for the last `months` months (3, 6 or 12), the queries running
 * side by side. The headline figures are the current month's of the cards over time: MRR and
 * paying clients as of now, ARR twelve times that MRR, the clients lost since the 1st and
 * their share of those paying at the end of last month.
 */
export async function businessMetrics(scope: StaffScope, { months }: { months: number }) {
  // Checked once, before any card starts.
  const period = { months: metricsMonths(scope, months).months };
  const [revenue, tiers, tickets, sla, storage, funnel] = await Promise.all([
    revenueByMonth(scope, period),
    clientsByTier(scope),
    ticketVolume(scope, period),
    slaByResponseTime(scope, period),
    storageByTier(scope),
    freeTierFunnel(scope, period),
  ]);
  const [before, current] = revenue.slice(-2) as [RevenueMonth, RevenueMonth];
  return {
    months: period.months,
    currency: METRICS_CURRENCY,
    summary: {
      mrrCents: current.mrrCents,
      arrCents: current.mrrCents * 12,
      activeClients: current.payingClients,
      churnedThisMonth: current.churned,
      /** Of the clients paying at the end of last month; null when there were none. */
      churnRate: before.payingClients === 0 ? null : current.churned / before.payingClients,
    },
    revenue,
    tiers,
    tickets,
    sla,
    storage,
    funnel,
  };
}

export type BusinessMetrics = Awaited<ReturnType<typeof businessMetrics>>;
