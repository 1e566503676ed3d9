import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";

import type { StaffScope } from "../context";
import { metricsMonths } from "./months";
import { periodTicketMonths } from "./ticket-months";
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

/**
 * Support tickets opened in each month of the period, across every client; closed months as the
 * hourly roll-up counted them, the current one now (`periodTicketMonths`).
 */
export async function ticketVolume(
  scope: StaffScope,
  { months }: { months: number },
): Promise<TicketMonth[]> {
  const m = metricsMonths(scope, months);
  return selectRows<TicketMonth & Record<string, unknown>>(
    scope.db,
    sql`select months.month, coalesce(sum(f.opened), 0)::int as opened
        from ${m.rows}
        left join ${periodTicketMonths(m, scope.now())} f on f.month = months.month
        group by months.k, months.month
        order by months.k`,
  );
}

/**
 * First-response SLA compliance and the mean first-response time of the tickets opened during
 * the period, per response time promised — the one each ticket copied from its plan when it
 * was opened — named by the plans promising it today, every plan listed. A client who moved
 * from Basic to Pro keeps its Basic tickets under Basic's promise. A ticket still within its
 * response time is not settled yet: it counts in neither `met` nor `breached`. (Grouping by the
 * ticket's own column also spares joining a million tickets to their organizations.) Closed
 * months as the hourly roll-up counted them, the current one now, like `ticketVolume`.
 */
export async function slaByResponseTime(
  scope: StaffScope,
  { months }: { months: number },
): Promise<SlaGroup[]> {
  const m = metricsMonths(scope, months);
  // Response times are at least an hour (a check constraint): 0 stands for none, to join on.
  const rows = await selectRows<Omit<SlaGroup, "compliance"> & Record<string, unknown>>(
    scope.db,
    sql`with kept as (
          select coalesce(response_sla_hours, 0) as hours, sum(met) as met,
                 sum(breached) as breached, sum(answered) as answered,
                 sum(first_response_ms) as first_response_ms
          from ${periodTicketMonths(m, scope.now())} f
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
               round(k.first_response_ms / nullif(k.answered, 0) / 1000)::float8
                 as "firstResponseSeconds"
        from kept k
        full join promised p on p.hours = k.hours
        order by coalesce(k.hours, p.hours) = 0 desc, coalesce(k.hours, p.hours) desc`,
  );
  return rows.map((row) => ({
    ...row,
    compliance: row.met + row.breached === 0 ? null : row.met / (row.met + row.breached),
  }));
}
