import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";

import type { SystemScope } from "../context";
import { at, monthsPassed, orgTimeZone, plusMonths } from "./period";

/**
 * The monthly reset, in ONE set-based statement: every organization whose ticket period has
 * ended starts its current period with nothing used. Organizations that missed several months
 * jump straight to the current one. Running it again changes nothing: no period is due any
 * more. Returns how many organizations were reset.
 */
export async function resetDueTicketQuotas({ db, now }: SystemScope) {
  const nowSql = at(now());
  const end = sql.raw("d.ticket_period_end");
  const zone = orgTimeZone();
  const passed = monthsPassed(end, nowSql, zone);
  const [row] = await selectRows<{ count: number }>(
    db,
    sql`with due as (
          select d.org_id, d.ticket_period_end as old_end,
                 ${plusMonths(end, passed, zone)} as new_start,
                 ${plusMonths(end, sql`${passed} + 1`, zone)} as new_end
          from org_quotas d join organizations o on o.id = d.org_id
          where d.ticket_period_end <= ${nowSql}
        ),
        reset as (
          update org_quotas q set
            tickets_used = 0,
            ticket_period_start = due.new_start,
            ticket_period_end = due.new_end,
            updated_at = ${nowSql}
          from due
          where q.org_id = due.org_id and q.ticket_period_end = due.old_end
          returning 1
        )
        select count(*)::int as count from reset`,
  );
  return Number(row?.count ?? 0);
}
