import { selectRows } from "@arco/db";
import type { DbOrTx } from "@arco/db";
import { orgQuotas, organizations, plans } from "@arco/db/schema";
import { eq, sql } from "drizzle-orm";

import type { OrgScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { limitOf } from "../plans";
import { at, monthsPassed, orgTimeZone, plusMonths } from "./period";

const END = sql.raw("q.ticket_period_end");
const START = sql.raw("q.ticket_period_start");
const ZONE = orgTimeZone();
/** The aliases of the organization and its plan in `consumeTicket`, for `limitOf`. */
const ORG = { org: "o", plan: "p" };

/**
 * Takes one ticket of the organization's monthly allowance in a single guarded UPDATE: it only
 * matches while `tickets_used` is under the organization's limit (its plan's, or its own) or
 * there is none, and when the period has already ended it starts the current one with this
 * ticket as its first, so a late reset never blocks anyone. The row stays locked until the
 * caller's transaction ends, which serialises ticket creation per organization. Returns the
 * organization's response SLA, or throws QUOTA_EXCEEDED.
 */
export async function consumeTicket(tx: DbOrTx, { orgId, now }: { orgId: string; now: Date }) {
  const limit = limitOf("ticketsPerMonth", ORG);
  const nowSql = at(now);
  const ended = sql`${END} <= ${nowSql}`;
  const passed = monthsPassed(END, nowSql, ZONE);
  const [row] = await selectRows<{ used: number; sla: number | null }>(
    tx,
    sql`update org_quotas q set
          tickets_used = case when ${ended} then 1 else q.tickets_used + 1 end,
          ticket_period_start = case when ${ended} then ${plusMonths(END, passed, ZONE)} else ${START} end,
          ticket_period_end = case when ${ended} then ${plusMonths(END, sql`${passed} + 1`, ZONE)} else ${END} end,
          updated_at = ${nowSql}
        from organizations o join plans p on p.id = o.plan_id
        where q.org_id = ${orgId} and o.id = q.org_id
          and (${limit} is null or (case when ${ended} then 0 else q.tickets_used end) < ${limit})
        returning q.tickets_used as used, ${limitOf("responseSlaHours", ORG)} as sla`,
  );
  if (row) return { responseSlaHours: row.sla === null ? null : Number(row.sla) };
  // The restart date is on the quota the page shows, in the reader's language and zone.
  const quota = await quotaOf(tx, orgId, now);
  throw new ServiceError(
    "QUOTA_EXCEEDED",
    `You’ve used all ${quota.limit ?? 0} tickets of this month. Upgrade for more, or wait for the count to restart.`,
  );
}

/**
 * The organization's ticket allowance as it stands at `now`: a period that has ended but not
 * been reset yet reads as the current, empty one.
 */
export const ticketQuota = ({ db, orgId, now }: OrgScope) => quotaOf(db, orgId, now());

async function quotaOf(db: DbOrTx, orgId: string, now: Date) {
  const nowSql = at(now);
  const end = sql`${orgQuotas.ticketPeriodEnd}`;
  const zone = orgTimeZone(sql`${organizations}`);
  const ended = sql`${end} <= ${nowSql}`;
  const passed = monthsPassed(end, nowSql, zone);
  const [row] = await db
    .select({
      used: sql<number>`case when ${ended} then 0 else ${orgQuotas.ticketsUsed} end`.mapWith(
        Number,
      ),
      limit: limitOf("ticketsPerMonth"),
      periodStart:
        sql<Date>`case when ${ended} then ${plusMonths(end, passed, zone)} else ${orgQuotas.ticketPeriodStart} end`.mapWith(
          orgQuotas.ticketPeriodStart,
        ),
      periodEnd:
        sql<Date>`case when ${ended} then ${plusMonths(end, sql`${passed} + 1`, zone)} else ${end} end`.mapWith(
          orgQuotas.ticketPeriodEnd,
        ),
    })
    .from(orgQuotas)
    .innerJoin(organizations, eq(organizations.id, orgQuotas.orgId))
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(eq(orgQuotas.orgId, orgId));
  if (!row) throw notFound("Organization");
  return row;
}
