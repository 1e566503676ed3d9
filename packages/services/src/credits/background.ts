import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";

import type { SystemScope } from "../context";
import { limitOf } from "../plans";
import { at, orgTimeZone } from "../tickets/period";

/** The key of an organization's grant for one calendar month of its own clock. */
export const monthlyGrantKey = (month: string) => `monthly-grant:${month}`;

/** How far back a late run still grants: the current month and the 11 before it. */
const MONTHS_BACK = 11;

const isRetryable = (error: unknown) => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    // Another run granted the same month first (unique key), or both locked the same accounts.
    if (code === "23505" || code === "40P01") return true;
  }
  return false;
};

/**
 * The monthly credits of every organization whose plan (or own deal, `custom_limits`) includes
 * some, once per calendar month in the organization's time zone (key `monthly-grant:YYYY-MM`),
 * for each month from the one it was created in — at most the last 12 — through the current one. A rerun grants nothing; a
 * run after missed months grants each of them once.
 *
 * Set-based: one statement finds the months not granted yet, moves each account by their total
 * (the update locks the rows, so a debit running at the same time waits and the balance it
 * returns is the one the grants start from) and writes one ledger row per month, in month
 * order, with the balance after each. Entries of one run are a millisecond apart, so the
 * ledger lists them in that order too. Returns how many grants were written.
 */
export async function grantMonthlyCredits(scope: SystemScope, input: { now?: Date } = {}) {
  const { db } = scope;
  const now = input.now ?? scope.now();
  const nowSql = at(now);
  const zone = orgTimeZone();
  const prefix = sql`${monthlyGrantKey("")}::text`;
  const credits = limitOf("monthlyCredits", { org: "o", plan: "p" });
  for (let attempt = 1; ; attempt++) {
    try {
      const granted = await db.transaction(async (tx) => {
        await tx.execute(sql`
          insert into credit_accounts (org_id, created_at, updated_at)
          select o.id, ${nowSql}, ${nowSql}
          from organizations o join plans p on p.id = o.plan_id
          where ${credits} > 0
            and not exists (select 1 from credit_accounts a where a.org_id = o.id)
          on conflict (org_id) do nothing`);
        const [row] = await selectRows<{ granted: number }>(
          tx,
          sql`with months as (
                select o.id as org_id, ${credits}::bigint as credits,
                       to_char(m, 'YYYY-MM') as month
                from organizations o
                join plans p on p.id = o.plan_id
                cross join lateral (
                  select date_trunc('month', ${nowSql} at time zone ${zone}) as current,
                         date_trunc('month', o.created_at at time zone ${zone}) as first
                ) local
                cross join lateral generate_series(
                  greatest(local.first, local.current - make_interval(months => ${MONTHS_BACK})),
                  local.current, interval '1 month') as m
                where ${credits} > 0
              ),
              due as (
                select mo.org_id, mo.credits, mo.month,
                       sum(mo.credits) over (partition by mo.org_id order by mo.month) as running,
                       count(*) over (partition by mo.org_id) - row_number() over (partition by mo.org_id order by mo.month) as later
                from months mo
                where not exists (
                  select 1 from credit_ledger l
                  where l.org_id = mo.org_id and l.idempotency_key = ${prefix} || mo.month)
              ),
              totals as (select org_id, sum(credits) as total from due group by org_id),
              accounts as (
                update credit_accounts a set
                  balance = a.balance + t.total,
                  lifetime_granted = a.lifetime_granted + t.total,
                  updated_at = ${nowSql}
                from totals t
                where a.org_id = t.org_id
                returning a.org_id, a.balance - t.total as balance_before
              ),
              granted as (
                insert into credit_ledger (org_id, type, amount, balance_after, idempotency_key,
                  reference_type, reference_id, created_at)
                select d.org_id, 'grant'::credit_entry_type, d.credits, a.balance_before + d.running,
                       ${prefix} || d.month, 'monthly-grant', d.month,
                       ${nowSql} - make_interval(secs => d.later / 1000.0)
                from due d join accounts a on a.org_id = d.org_id
                returning 1
              )
              select count(*)::int as granted from granted`,
        );
        return Number(row?.granted ?? 0);
      });
      return { granted };
    } catch (error) {
      // The statement is all or nothing: a retry sees what the other run committed.
      if (attempt >= 3 || !isRetryable(error)) throw error;
    }
  }
}
