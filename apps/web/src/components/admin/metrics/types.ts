import type { RouterOutputs } from "@arco/api";
import type { metricsPeriods } from "@arco/api/schemas/metrics";

/** What the admin home's business metrics answer, card by card. */
export type BusinessMetrics = RouterOutputs["admin"]["metrics"]["overview"];

export type MetricsMonths = (typeof metricsPeriods)[number];
