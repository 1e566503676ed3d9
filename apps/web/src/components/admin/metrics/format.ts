"use client";

import { useFormatter } from "next-intl";

/** "May 2026" ("mai. de 2026"): a `YYYY-MM` month of the metrics. */
export function useMonthLabel() {
  const format = useFormatter();
  // Mid-month at noon UTC is the same month on every clock.
  return (month: string) => format.dateTime(new Date(`${month}-15T12:00:00Z`), "month");
}

/** "R$ 13.6M" ("R$ 13,6 mi"): an amount in cents, short enough for a chart's axis. */
export function useCompactMoney() {
  const format = useFormatter();
  return (cents: number, currency: string) =>
    format.number(cents / 100, {
      style: "currency",
      currency,
      notation: "compact",
      maximumFractionDigits: 1,
    });
}

/** "45 min", "3.5 hr" ("3,5 h"): a first-response time given in seconds. */
export function useResponseTime() {
  const format = useFormatter();
  return (seconds: number) =>
    seconds < 3600
      ? format.number(Math.max(1, Math.round(seconds / 60)), {
          style: "unit",
          unit: "minute",
          unitDisplay: "short",
        })
      : format.number(seconds / 3600, {
          style: "unit",
          unit: "hour",
          unitDisplay: "short",
          maximumFractionDigits: 1,
        });
}
