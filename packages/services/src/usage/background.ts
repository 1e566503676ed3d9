import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";

import type { SystemScope } from "../context";
import { at } from "../tickets/period";

/** How far back a roll-up reaches when an organization has never been rolled up (or long ago). */
export const ROLL_UP_DAYS = 35;

/** `date` as a UTC calendar day, `YYYY-MM-DD`. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Rolls the metered usage of every organization up into `usage_daily`, one row per
 * organization and day. Days are UTC days (the same for every organization, so the agency's
 * totals add up; charts label them as dates). Each organization is rolled up from its last
 * rolled-up day — which may have been rolled up while it was still going — or `days` back
 * (35), whichever is later, and never before the day it was created, through today: a missed
 * run is caught up by the next one.
 *
 * Per day: analyses the organization ran (`url_analyses.org_id`), support tickets opened, credits
 * used (usage entries less the refunds written that day, never below 0) and emails sent (the
 * outbox's rows of the organization that did not fail). Storage is a reading, not a sum: today
 * gets `org_quotas.storage_used_bytes` as it is now; a past day keeps the value it was stored
 * with, and a past day written late gets the first reading taken after it, the current one.
 *
 * One statement; counts are recomputed from the sources, so a rerun writes the same rows (rows
 * that did not change are not rewritten). Returns how many rows were written or changed.
 */
export async function rollUpUsage(scope: SystemScope, input: { now?: Date; days?: number } = {}) {
  const now = input.now ?? scope.now();
  const days = Math.max(1, Math.floor(input.days ?? ROLL_UP_DAYS));
  const today = sql`${utcDay(now)}::date`;
  const [row] = await selectRows<{ rows: number; orgs: number }>(
    scope.db,
    sql`with windows as (
          select o.id as org_id,
                 greatest((select max(u.day) from usage_daily u where u.org_id = o.id),
                          ${today} - ${days}::int,
                          (o.created_at at time zone 'UTC')::date) as first_day
          from organizations o
        ),
        days as (
          select w.org_id, d::date as day
          from windows w
          cross join lateral generate_series(w.first_day, ${today}, interval '1 day') as d
        ),
        span as (
          select min(day)::timestamp at time zone 'UTC' as first,
                 (${today} + 1)::timestamp at time zone 'UTC' as last
          from days
        ),
        analyses as (
          select a.org_id, (a.created_at at time zone 'UTC')::date as day, count(*)::int as n
          from url_analyses a, span
          where a.org_id is not null and a.created_at >= span.first and a.created_at < span.last
          group by 1, 2
        ),
        tickets as (
          select t.org_id, (t.created_at at time zone 'UTC')::date as day, count(*)::int as n
          from support_tickets t, span
          where t.created_at >= span.first and t.created_at < span.last
          group by 1, 2
        ),
        credits as (
          select l.org_id, (l.created_at at time zone 'UTC')::date as day,
                 greatest(-sum(l.amount), 0)::bigint as n
          from credit_ledger l, span
          where l.type in ('usage', 'refund')
            and l.created_at >= span.first and l.created_at < span.last
          group by 1, 2
        ),
        emails as (
          select e.org_id, (e.created_at at time zone 'UTC')::date as day, count(*)::int as n
          from email_outbox e, span
          where e.org_id is not null and e.status <> 'failed'
            and e.created_at >= span.first and e.created_at < span.last
          group by 1, 2
        ),
        written as (
          insert into usage_daily as u (org_id, day, analyses_run, tickets_opened, credits_used,
            emails_sent, storage_bytes, created_at, updated_at)
          select d.org_id, d.day, coalesce(a.n, 0), coalesce(t.n, 0), coalesce(c.n, 0),
                 coalesce(e.n, 0), coalesce(q.storage_used_bytes, 0), ${at(now)}, ${at(now)}
          from days d
          left join analyses a on a.org_id = d.org_id and a.day = d.day
          left join tickets t on t.org_id = d.org_id and t.day = d.day
          left join credits c on c.org_id = d.org_id and c.day = d.day
          left join emails e on e.org_id = d.org_id and e.day = d.day
          left join org_quotas q on q.org_id = d.org_id
          on conflict (org_id, day) do update set
            analyses_run = excluded.analyses_run,
            tickets_opened = excluded.tickets_opened,
            credits_used = excluded.credits_used,
            emails_sent = excluded.emails_sent,
            storage_bytes = case when u.day = ${today} then excluded.storage_bytes
                                 else u.storage_bytes end,
            updated_at = excluded.updated_at
          where (u.analyses_run, u.tickets_opened, u.credits_used, u.emails_sent, u.storage_bytes)
                is distinct from
                (excluded.analyses_run, excluded.tickets_opened, excluded.credits_used,
                 excluded.emails_sent,
                 case when u.day = ${today} then excluded.storage_bytes else u.storage_bytes end)
          returning u.org_id
        )
        select count(*)::int as rows, count(distinct org_id)::int as orgs from written`,
  );
  return { rows: Number(row?.rows ?? 0), orgs: Number(row?.orgs ?? 0) };
}
