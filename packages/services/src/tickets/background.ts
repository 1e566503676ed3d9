import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";

import type { SystemScope } from "../context";
import { at, monthsPassed } from "./period";

/**
 * The monthly reset, in ONE set-based statement: every organization whose ticket period has
 * ended starts its current period with nothing used. Organizations that missed several months
 * jump straight to the current one. Running it again changes nothing: no period is due any
 * more. Returns how many organizations were reset.
 */
export async function resetDueTicketQuotas({ db, now }: SystemScope) {
  const nowSql = at(now());
  const passed = monthsPassed(sql.raw("d.ticket_period_end"), nowSql);
  const [row] = await selectRows<{ count: number }>(
    db,
    sql`with due as (
          select d.org_id, d.ticket_period_end as old_end, ${passed} as n
          from org_quotas d
          where d.ticket_period_end <= ${nowSql}
        ),
        reset as (
          update org_quotas q set
            tickets_used = 0,
            ticket_period_start = due.old_end + make_interval(months => due.n),
            ticket_period_end = due.old_end + make_interval(months => due.n + 1),
            updated_at = ${nowSql}
          from due
          where q.org_id = due.org_id and q.ticket_period_end = due.old_end
          returning 1
        )
        select count(*)::int as count from reset`,
  );
  return Number(row?.count ?? 0);
}
