import { selectRows } from "@arco/db";
import { supportTickets } from "@arco/db/schema";
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import type { SystemScope } from "../context";
import { breachedAt } from "../tickets/sla";
import { at } from "../tickets/period";
import { METRICS_TIME_ZONE } from "./months";
import type { MetricsMonths } from "./months";

/**
 * What the ticket cards count of a set of `support_tickets` rows, the columns of
 * `ticket_months`: the roll-up and the cards' live current month say it once, here. Unanswered
 * tickets count as breached once their due time is before `now`.
 */
const ticketCounts = (now: Date) => {
  const breached = breachedAt(now);
  const { firstResponseAt, firstResponseDueAt, createdAt } = supportTickets;
  return sql`count(*)::int as opened,
    count(${firstResponseAt})::int as answered,
    count(*) filter (where ${firstResponseDueAt} is not null and ${firstResponseAt} is not null
                       and not ${breached})::int as met,
    count(*) filter (where ${firstResponseDueAt} is not null and ${breached})::int as breached,
    -- date_part gives a double (extract, a slower numeric); timestamps hold whole milliseconds.
    coalesce(sum(round(date_part('epoch', ${firstResponseAt} - ${createdAt}) * 1000)), 0)::bigint
      as first_response_ms`;
};

/**
 * The ticket figures of every month of the period, per response time promised, as rows
 * `(month, response_sla_hours, opened, answered, met, breached, first_response_ms)` with `month`
 * as `YYYY-MM`: closed months from `ticket_months`, the current one counted now, so it is exact.
 */
export function periodTicketMonths(m: MetricsMonths, now: Date): SQL {
  const current = m.list.at(-1)!;
  const firstDay = (month: string) => sql`${`${month}-01`}::date`;
  return sql`(select to_char(month, 'YYYY-MM') as month, response_sla_hours, opened, answered,
                     met, breached, first_response_ms
              from ticket_months
              where month >= ${firstDay(m.list[0]!.month)} and month < ${firstDay(current.month)}
              union all
              select ${current.month}::text, ${supportTickets.responseSlaHours}, ${ticketCounts(now)}
              from ${supportTickets}
              where ${supportTickets.createdAt} >= ${at(current.start)}
                and ${supportTickets.createdAt} < ${m.to}
              group by ${supportTickets.responseSlaHours})`;
}

/**
 * Counts support tickets into `ticket_months`, one row per month on the agency's clock and
 * response time promised. Recounted every run: the current month and the one before (first
 * responses arrive, tickets fall due, the month that just ended gets its last hours), and every
 * month since the first ticket not counted since it ended — all of them on the first run, and a
 * month a stopped job left half-counted. Older months keep what they were counted with. A
 * month's rows are recounted from its tickets, in one statement: rows that did not change are
 * not rewritten (except once after their month ends: `updated_at` then says it was counted
 * whole), and a response time no ticket of the month has any more loses its row. Returns the
 * months counted and the rows written, changed or removed.
 */
export async function rollUpTicketMonths(scope: SystemScope) {
  const now = scope.now();
  const zone = sql`${METRICS_TIME_ZONE}::text`;
  const thisMonth = sql`date_trunc('month', ${at(now)} at time zone ${zone})`;
  /** The instant the month starting on `first` (a date or a timestamp) ends. */
  const endOf = (first: SQL) =>
    sql`((${first} + interval '1 month')::timestamp at time zone ${zone})`;
  const [row] = await selectRows<{ months: number; rows: number }>(
    scope.db,
    sql`with span as (
          select d::date as month, d at time zone ${zone} as starts, ${endOf(sql`d`)} as ends
          from generate_series(
                 -- least() passes over the null of a database without tickets.
                 least(date_trunc('month', (select min(created_at) from support_tickets)
                                             at time zone ${zone}),
                       ${thisMonth} - interval '1 month'),
                 ${thisMonth}, interval '1 month') as d
          where d >= ${thisMonth} - interval '1 month'
             or not exists (select 1 from ticket_months r
                            where r.month = d::date and r.updated_at >= ${endOf(sql`d`)})
        ),
        counted as (
          select span.month, ${supportTickets.responseSlaHours}, ${ticketCounts(now)}
          from span
          join ${supportTickets} on ${supportTickets.createdAt} >= span.starts
                                and ${supportTickets.createdAt} < span.ends
          group by span.month, ${supportTickets.responseSlaHours}
        ),
        written as (
          insert into ticket_months as r (month, response_sla_hours, opened, answered, met,
            breached, first_response_ms, created_at, updated_at)
          select month, response_sla_hours, opened, answered, met, breached, first_response_ms,
                 ${at(now)}, ${at(now)}
          from counted
          on conflict (month, response_sla_hours) do update set
            opened = excluded.opened,
            answered = excluded.answered,
            met = excluded.met,
            breached = excluded.breached,
            first_response_ms = excluded.first_response_ms,
            updated_at = excluded.updated_at
          where (r.opened, r.answered, r.met, r.breached, r.first_response_ms)
                is distinct from
                (excluded.opened, excluded.answered, excluded.met, excluded.breached,
                 excluded.first_response_ms)
             or (r.updated_at < ${endOf(sql`r.month`)} and ${endOf(sql`r.month`)} <= ${at(now)})
          returning 1
        ),
        removed as (
          delete from ticket_months r
          using span
          where r.month = span.month
            and not exists (select 1 from counted c
                            where c.month = r.month
                              and c.response_sla_hours is not distinct from r.response_sla_hours)
          returning 1
        )
        select (select count(*) from span)::int as months,
               ((select count(*) from written) + (select count(*) from removed))::int as rows`,
  );
  return { months: Number(row?.months ?? 0), rows: Number(row?.rows ?? 0) };
}
