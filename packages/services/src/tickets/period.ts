import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import { DEFAULT_ORG_TIME_ZONE } from "../orgs/settings";

/**
 * Ticket periods are whole calendar months anchored on the organization's start date, counted
 * on the organization's own clock: a period that starts at 00:30 on the 1st in São Paulo ends at
 * 00:30 on the 1st there, whatever the database session's time zone. When a period has ended,
 * the current one is found by advancing the old end by whole months until the new end lies
 * after `now`, however many months were missed (month lengths vary, so the anchor is always the
 * old end, never the previous step: a period ending Jan 31 rolls to Feb 28, then Mar 31).
 *
 * `zone` is an SQL expression naming the organization's IANA time zone (`orgTimeZone`).
 */
export function monthsPassed(end: SQL, now: SQL, zone: SQL): SQL<number> {
  const localEnd = sql`(${end} at time zone ${zone})`;
  const localNow = sql`(${now} at time zone ${zone})`;
  // `age()` gives the whole months to within one; the CASE settles the month-end cases.
  const guess = sql`(extract(year from age(${localNow}, ${localEnd})) * 12 + extract(month from age(${localNow}, ${localEnd})))::int`;
  return sql<number>`(case
    when ${localEnd} + make_interval(months => ${guess} + 1) <= ${localNow} then ${guess} + 1
    when ${localEnd} + make_interval(months => ${guess}) > ${localNow} then ${guess} - 1
    else ${guess} end)`;
}

/** `end` moved forward by `months` whole months of the organization's calendar. */
export const plusMonths = (end: SQL, months: SQL, zone: SQL) =>
  sql`(((${end} at time zone ${zone}) + make_interval(months => ${months})) at time zone ${zone})`;

/** The organization's time zone, from the `organizations` row aliased `o`. */
export const orgTimeZone = (org: SQL = sql.raw("o")) =>
  sql`coalesce(${org}.settings->>'timezone', ${DEFAULT_ORG_TIME_ZONE})`;

export const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
