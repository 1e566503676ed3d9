import { selectRows } from "@arco/db";
import { sql } from "drizzle-orm";

import type { StaffScope } from "../context";
import { metricsMonths } from "./months";

/** The free tier's funnel over the period; from the leads on, each step is part of the one before. */
export interface FreeTierFunnel {
  /** Runs of the public analyzer (outside any client organization) during the period. */
  analyses: number;
  /** Emails left on an analysis during the period. */
  leads: number;
  /** Of those leads, the ones whose email has signed up (`converted_user_id`). */
  signUps: number;
  /** Organizations on a paid plan today that one of those people belongs to. */
  payingOrganizations: number;
}

/** From a page analyzed to a paying client, for the people who arrived during the period. */
export async function freeTierFunnel(
  scope: StaffScope,
  { months }: { months: number },
): Promise<FreeTierFunnel> {
  const m = metricsMonths(scope, months);
  const inPeriod = (column: string) =>
    sql`${sql.raw(column)} >= ${m.from} and ${sql.raw(column)} < ${m.to}`;
  // No CTE for the period's leads: each count is a query of its own, free to run in parallel.
  const [row] = await selectRows<FreeTierFunnel & Record<string, unknown>>(
    scope.db,
    sql`select
          (select count(*) from url_analyses a
           where a.org_id is null and ${inPeriod("a.created_at")})::int as analyses,
          l.leads, l."signUps",
          (select count(distinct ms.org_id)
           from leads l
           join memberships ms on ms.user_id = l.converted_user_id
           join organizations o on o.id = ms.org_id
           where o.plan_id in (select id from plans where tier <> 'free')
             and ${inPeriod("l.created_at")})::int as "payingOrganizations"
        from (select count(*)::int as leads, count(converted_user_id)::int as "signUps"
              from leads l where ${inPeriod("l.created_at")}) l`,
  );
  return row!;
}
