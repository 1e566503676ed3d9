import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";

import type { StaffScope } from "../context";
import { TICKET_STATUSES, breachedAt } from "../tickets/sla";
import { metricsMonths } from "./months";
import type { Tier } from "./tiers";

export interface TicketMonth {
  month: string;
  /** Tickets opened that month, across every client. */
  opened: number;
}

/** How the agency kept one first-response time it promised, over the tickets of the period. */
export interface SlaGroup {
  /** The response time the tickets were opened with, in hours; null for none (Free). */
  responseSlaHours: number | null;
  /** The plans promising it today; none when a plan has changed since, or for a client's own limits. */
  tiers: Tier[];
  /** Tickets whose first staff response came within it. */
  met: number;
  /** Answered late, or still unanswered past their due time. */
  breached: number;
  /** `met / (met + breached)`, from 0 to 1; null when no ticket has been settled either way. */
  compliance: number | null;
  /** Tickets with a first staff response. */
  answered: number;
  /** Mean time from opening to the first staff response, in seconds; null with none answered. */
  firstResponseSeconds: number | null;
}

/** Support tickets opened in each month of the period, across every client. */
export async function ticketVolume(
  scope: StaffScope,
  { months }: { months: number },
): Promise<TicketMonth[]> {
  const m = metricsMonths(scope, months);
  // Every status spelled out, so the (status, created_at) index counts each month's range
  // without reading the table (Postgres 15 has no skip scan).
  const statuses = sql.join(
    TICKET_STATUSES.map((status) => sql`${status}::ticket_status`),
    sql`, `,
  );
  return selectRows<TicketMonth & Record<string, unknown>>(
    scope.db,
    sql`select months.month,
               (select count(*) from support_tickets t
                where t.status in (${statuses})
                  and t.created_at >= months.starts and t.created_at < months.ends)::int as opened
        from ${m.rows}
        order by months.k`,
  );
}

/**
 * First-response SLA compliance and the mean first-response time of the tickets opened during
 * the period, per response time promised — the one each ticket copied from its plan when it
 * was opened — named by the plans promising it today, every plan listed. A client who moved
 * from Basic to Pro keeps its Basic tickets under Basic's promise. A ticket still within its
 * response time is not settled yet: it counts in neither `met` nor `breached`. (Grouping by the
 * ticket's own column also spares joining a million tickets to their organizations.)
 */
export async function slaByResponseTime(
  scope: StaffScope,
  { months }: { months: number },
): Promise<SlaGroup[]> {
  const m = metricsMonths(scope, months);
  const breached = breachedAt(scope.now());
  // Response times are at least an hour (a check constraint): 0 stands for none, to join on.
  const rows = await selectRows<Omit<SlaGroup, "compliance"> & Record<string, unknown>>(
    scope.db,
    sql`with kept as (
          select coalesce(response_sla_hours, 0) as hours,
                 count(*) filter (where first_response_due_at is not null
                                    and first_response_at is not null and not ${breached}) as met,
                 count(*) filter (where first_response_due_at is not null and ${breached}) as breached,
                 count(first_response_at) as answered,
                 -- date_part gives a double (extract, a slower numeric).
                 avg(date_part('epoch', first_response_at - created_at)) as seconds
          from support_tickets
          where created_at >= ${m.from} and created_at < ${m.to}
          group by 1
        ),
        promised as (
          select coalesce(response_sla_hours, 0) as hours,
                 array_agg(tier::text order by sort_order) as tiers
          from plans
          group by 1
        )
        select nullif(coalesce(k.hours, p.hours), 0) as "responseSlaHours",
               coalesce(p.tiers, '{}') as tiers,
               coalesce(k.met, 0)::int as met, coalesce(k.breached, 0)::int as breached,
               coalesce(k.answered, 0)::int as answered,
               round(k.seconds)::float8 as "firstResponseSeconds"
        from kept k
        full join promised p on p.hours = k.hours
        order by coalesce(k.hours, p.hours) = 0 desc, coalesce(k.hours, p.hours) desc`,
  );
  return rows.map((row) => ({
    ...row,
    compliance: row.met + row.breached === 0 ? null : row.met / (row.met + row.breached),
  }));
}
