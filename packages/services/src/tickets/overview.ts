import type { DbOrTx } from "@arco/db";
import { supportTickets } from "@arco/db/schema";
import { and, asc, count, desc, eq, gte, isNull } from "drizzle-orm";

import { ticketQuota } from "./quota";
import { TICKET_STATUSES, breachedAt, isActive, slaStateOf } from "./sla";
import type { TicketStatus } from "./sla";

/** The tickets card of the dashboard overview. */
export async function ticketsOverview(
  db: DbOrTx,
  { orgId, now = new Date() }: { orgId: string; now?: Date },
) {
  const mine = eq(supportTickets.orgId, orgId);
  const [quota, counts, [breached], [nextDue], recent] = await Promise.all([
    ticketQuota(db, { orgId, now }),
    db
      .select({ status: supportTickets.status, n: count() })
      .from(supportTickets)
      .where(mine)
      .groupBy(supportTickets.status),
    db
      .select({ n: count() })
      .from(supportTickets)
      .where(and(mine, isActive(), breachedAt(now))),
    db
      .select({
        id: supportTickets.id,
        number: supportTickets.number,
        subject: supportTickets.subject,
        dueAt: supportTickets.firstResponseDueAt,
      })
      .from(supportTickets)
      .where(
        and(
          mine,
          isActive(),
          isNull(supportTickets.firstResponseAt),
          gte(supportTickets.firstResponseDueAt, now),
        ),
      )
      .orderBy(asc(supportTickets.firstResponseDueAt))
      .limit(1),
    db
      .select()
      .from(supportTickets)
      .where(and(mine, isActive()))
      .orderBy(desc(supportTickets.updatedAt), desc(supportTickets.id))
      .limit(5),
  ]);
  const byStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as Record<
    TicketStatus,
    number
  >;
  for (const row of counts) byStatus[row.status] = row.n;
  return {
    quota: { used: quota.used, limit: quota.limit, periodEnd: quota.periodEnd },
    open: byStatus.open + byStatus.in_progress + byStatus.waiting_client,
    byStatus,
    breached: breached?.n ?? 0,
    nextDue: nextDue?.dueAt ? { ...nextDue, dueAt: nextDue.dueAt } : null,
    recent: recent.map((t) => ({
      id: t.id,
      number: t.number,
      subject: t.subject,
      status: t.status,
      priority: t.priority,
      slaState: slaStateOf(t, now),
      updatedAt: t.updatedAt,
    })),
  };
}
