import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import type { StaffScope } from "../context";
import { ServiceError } from "../errors";
import { DEFAULT_ORG_TIME_ZONE } from "../orgs/settings";
import { at } from "../tickets/period";

/** The periods the metrics offer: the last 3, 6 or 12 months, the current one included. */
export const METRICS_PERIODS = [3, 6, 12] as const;
export type MetricsPeriod = (typeof METRICS_PERIODS)[number];
/** The period the admin home opens on. */
export const DEFAULT_METRICS_PERIOD = 6 satisfies MetricsPeriod;

/** The agency's own clock: its months start at midnight on the 1st in São Paulo. */
export const METRICS_TIME_ZONE = DEFAULT_ORG_TIME_ZONE;

/** The catalogue's currency: every plan is priced in reais. */
export const METRICS_CURRENCY = "BRL";

/** The year and month (1–12) of an instant on the clock of `zone`, and its wall-clock time. */
function wallClock(zone: string, instant: number) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)!.value);
  return {
    year: part("year"),
    month: part("month"),
    /** The wall-clock time read as if it were UTC, to compare with the instant. */
    asUtc: Date.UTC(
      part("year"),
      part("month") - 1,
      part("day"),
      part("hour"),
      part("minute"),
      part("second"),
    ),
  };
}

/** The instant midnight of the 1st of `month` (1–12) of `year` begins in `zone`. */
function startOfMonth(zone: string, year: number, month: number) {
  const midnight = Date.UTC(year, month - 1, 1);
  // The zone's offset there: read once at the naive guess, then again where that lands, so a
  // change of offset near midnight is taken into account.
  const offsetAt = (instant: number) =>
    wallClock(zone, instant).asUtc - Math.floor(instant / 1000) * 1000;
  const guess = midnight - offsetAt(midnight);
  return new Date(midnight - offsetAt(guess));
}

/** A month of the period: its `YYYY-MM` label on the agency's clock and its first instant. */
export interface PeriodMonth {
  month: string;
  start: Date;
}

export interface MetricsMonths {
  months: MetricsPeriod;
  /** Oldest first; the last is the current month. */
  list: PeriodMonth[];
  /** The first instant of the period, and now (its end), as SQL. */
  from: SQL;
  to: SQL;
  /**
   * The number of the period's month an instant falls in: 1 the oldest, `months` the current
   * one; 0 before the period and `months + 1` after now. Plain comparisons with constants, so
   * it costs little per row.
   */
  monthOf: (instant: SQL) => SQL<number>;
  /** The period's months as rows `(k, month, starts, ends)`, for cards to fill or range over. */
  rows: SQL;
}

/**
 * The last `months` months on the agency's clock, the current one included: the frame of every
 * card over time. A past month counts up to its end, the current one up to now.
 */
export function metricsMonths(scope: StaffScope, months: number): MetricsMonths {
  if (!(METRICS_PERIODS as readonly number[]).includes(months)) {
    throw new ServiceError("BAD_REQUEST", "Choose a period of 3, 6 or 12 months.");
  }
  const now = scope.now();
  const current = wallClock(METRICS_TIME_ZONE, now.getTime());
  const list = Array.from({ length: months }, (_, i) => {
    // Months since year 0, counted back from the current one.
    const index = current.year * 12 + current.month - 1 - (months - 1 - i);
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    return {
      month: `${year}-${String(month).padStart(2, "0")}`,
      start: startOfMonth(METRICS_TIME_ZONE, year, month),
    };
  });
  const ends = [...list.slice(1).map((m) => m.start), now];
  return {
    months: months as MetricsPeriod,
    list,
    from: at(list[0]!.start),
    to: at(now),
    monthOf: (instant) =>
      sql<number>`(case when ${instant} < ${at(list[0]!.start)} then 0
        ${sql.join(
          ends.map((end, i) => sql`when ${instant} < ${at(end)} then ${sql.raw(String(i + 1))}`),
          sql` `,
        )}
        else ${sql.raw(String(months + 1))} end)`,
    rows: sql`(values ${sql.join(
      list.map(
        (m, i) =>
          sql`(${sql.raw(String(i + 1))}, ${m.month}::text, ${at(m.start)}, ${at(ends[i]!)})`,
      ),
      sql`, `,
    )}) as months (k, month, starts, ends)`,
  };
}
