export { freeTierFunnel } from "./funnel";
export type { FreeTierFunnel } from "./funnel";
export {
  DEFAULT_METRICS_PERIOD,
  METRICS_CURRENCY,
  METRICS_PERIODS,
  METRICS_TIME_ZONE,
} from "./months";
export type { MetricsPeriod } from "./months";
export { businessMetrics } from "./read";
export type { BusinessMetrics } from "./read";
export { revenueByMonth } from "./revenue";
export type { RevenueMonth } from "./revenue";
export { slaByResponseTime, ticketVolume } from "./support";
export type { SlaGroup, TicketMonth } from "./support";
export { rollUpTicketMonths } from "./ticket-months";
export { clientsByTier, storageByTier } from "./tiers";
export type { Tier, TierClients, TierStorage } from "./tiers";
