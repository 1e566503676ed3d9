import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

/**
 * Ticket periods are whole calendar months anchored on the organization's start date. When a
 * period has ended, the current one is found by advancing the old end by whole months until the
 * new end lies after `now`, however many months were missed (month lengths vary, so the anchor
 * is always the old end, never the previous step: a period ending Jan 31 rolls to Feb 28, then
 * Mar 31).
 *
 * `monthsPassed(end, now)` is the number of whole months `n` with `end + n months <= now < end +
 * (n + 1) months`; `age()` gives it to within one, and the CASE settles the month-end cases.
 */
export function monthsPassed(end: SQL, now: SQL): SQL<number> {
  const guess = sql`(extract(year from age(${now}, ${end})) * 12 + extract(month from age(${now}, ${end})))::int`;
  return sql<number>`(case
    when ${end} + make_interval(months => ${guess} + 1) <= ${now} then ${guess} + 1
    when ${end} + make_interval(months => ${guess}) > ${now} then ${guess} - 1
    else ${guess} end)`;
}

/** `end` moved forward by `months` whole months. */
export const plusMonths = (end: SQL, months: SQL) =>
  sql`(${end} + make_interval(months => ${months}))`;

export const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
