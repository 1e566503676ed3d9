import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";

import type { StaffScope } from "../context";
import { metricsMonths } from "./months";
import type { MetricsMonths } from "./months";

/** A month of the period: recurring revenue at its end (the current one: now) and the clients
 * who started or stopped paying during it. Amounts in cents of BRL. */
export interface RevenueMonth {
  /** `YYYY-MM` on the agency's clock. */
  month: string;
  mrrCents: number;
  /** Organizations on a paid plan at the month's end. */
  payingClients: number;
  /** On a paid plan at the month's end, not at the previous month's. */
  new: number;
  /** On a paid plan at the previous month's end, not at this month's. */
  churned: number;
}

/**
 * When a subscription stopped counting: a cancelled one when it was cancelled (at the end of
 * its period if it ran to it), a past-due one when its grace period ends, the others never
 * ('infinity'). Incomplete and paused subscriptions are left out: they never held a plan.
 */
const endedAt = sql`(case s.status
  when 'canceled' then case when s.cancel_at_period_end then least(s.current_period_end, s.updated_at)
                            else coalesce(s.canceled_at, s.updated_at) end
  when 'past_due' then coalesce(s.grace_ends_at, 'infinity')
  else 'infinity'
end)`;

/**
 * The CTE `paid`: every subscription to a paid plan that counted at some point since the month
 * before the period, with the month of the period it started in (`first_month`, 0 for before),
 * the one it stopped in (`end_month`, `months + 1` while it counts), and what it brings a month
 * at its plan's price today — a yearly price divided by 12. A plan set by hand is a subscription
 * without Stripe, counted the same way.
 */
function paidSubscriptions(m: MetricsMonths): SQL {
  // `offset 0` keeps `ended` a subquery of its own, so `endedAt` runs once a row rather than
  // once per month it is compared with.
  return sql`ended as (
      select s.org_id, s.created_at, ${endedAt} as ended_at,
             (case s.interval when 'year' then p.price_yearly_cents / 12.0
                              else p.price_monthly_cents end)::float8 as mrr_cents
      from subscriptions s
      join plans p on p.id = s.plan_id
      where p.tier <> 'free' and s.status in ('trialing', 'active', 'past_due', 'canceled')
      offset 0
    ),
    paid as (
      select org_id, ${m.monthOf(sql`created_at`)} as first_month,
             ${m.monthOf(sql`ended_at`)} as end_month, mrr_cents
      from ended
      where ended_at >= ${m.from}
    )`;
}

/**
 * MRR, paying clients and their comings and goings, month by month: the two revenue cards read
 * the same subscriptions, in one query. A subscription counts from the month it started in to
 * the one before it stopped; the running sum of what starts and stops each month is the total.
 * New and churned count organizations: a client moving from one paid plan to another (or from a
 * plan set by hand to Stripe) is neither, nor is one that leaves and comes back within the month.
 */
export async function revenueByMonth(
  scope: StaffScope,
  { months }: { months: number },
): Promise<RevenueMonth[]> {
  const m = metricsMonths(scope, months);
  return selectRows<RevenueMonth & Record<string, unknown>>(
    scope.db,
    sql`with ${paidSubscriptions(m)},
        changes as (
          select greatest(first_month, 1) as k, mrr_cents as mrr, 1 as clients
          from paid where greatest(first_month, 1) < end_month
          union all
          select end_month, -mrr_cents, -1
          from paid where greatest(first_month, 1) < end_month
        ),
        by_month as (
          select k, sum(mrr) as mrr, sum(clients) as clients from changes group by k
        ),
        -- Paying at the end of month k, and not through the end of the month before.
        started as (
          select p.first_month as k, count(distinct p.org_id) as n
          from paid p
          where p.first_month >= 1 and p.end_month > p.first_month
            and not exists (
              select 1 from paid q
              where q.org_id = p.org_id and q.first_month < p.first_month
                and q.end_month >= p.first_month)
          group by 1
        ),
        -- Paying at the end of the month before k, and not at the end of month k.
        stopped as (
          select p.end_month as k, count(distinct p.org_id) as n
          from paid p
          where p.end_month <= ${m.months}::int and p.first_month < p.end_month
            and not exists (
              select 1 from paid q
              where q.org_id = p.org_id and q.first_month <= p.end_month
                and q.end_month > p.end_month)
          group by 1
        )
        select months.month,
               round(sum(coalesce(b.mrr, 0)) over (order by months.k))::float8 as "mrrCents",
               (sum(coalesce(b.clients, 0)) over (order by months.k))::int as "payingClients",
               coalesce(a.n, 0)::int as "new", coalesce(c.n, 0)::int as "churned"
        from ${m.rows}
        left join by_month b on b.k = months.k
        left join started a on a.k = months.k
        left join stopped c on c.k = months.k
        order by months.k`,
  );
}
