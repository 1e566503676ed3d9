/**
 * Input schema of the business metrics on the admin home, shared with its period selector.
 * Pure zod: safe to import in the browser.
 */
import type {
  DEFAULT_METRICS_PERIOD as ServicesDefault,
  MetricsPeriod,
} from "@arco/services/metrics";
import { z } from "zod";

/** The last 3, 6 or 12 months (the services' `METRICS_PERIODS`, spelled out for the browser). */
export const metricsPeriods = [3, 6, 12] as const satisfies readonly MetricsPeriod[];
/** The period the admin home opens on (the services' own, spelled out too). */
export const DEFAULT_METRICS_PERIOD = 6 satisfies typeof ServicesDefault;

export const metricsInput = z.object({
  months: z
    .literal(metricsPeriods, "Choose a period of 3, 6 or 12 months.")
    .default(DEFAULT_METRICS_PERIOD),
});
