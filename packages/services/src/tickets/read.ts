import type { DbOrTx } from "@arco/db";
import {
  organizations,
  projects,
  storageItems,
  supportTickets,
  ticketAttachments,
  ticketMessages,
  users,
} from "@arco/db/schema";
import { and, asc, desc, eq, gte, ilike, inArray, isNull, sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { OrgScope } from "../context";
import { notFound } from "../errors";
import { oneRow } from "../one-row";
import { afterTicketCursor, cursorOf, orderOf, sorts, ticketPage } from "./cursor";
import type { TicketSort } from "./cursor";
import { ticketQuota } from "./quota";
import { TICKET_STATUSES, breachedAt, isActive, slaStateOf } from "./sla";
import type { TicketPriority, TicketStatus } from "./sla";
import { containing } from "../like";

/** `active`: the tickets still being worked on (open, in progress, waiting on the client). */
export type StatusFilter = "active" | "all" | TicketStatus;

export interface TicketFilters {
  status?: StatusFilter;
  priority?: TicketPriority;
  projectId?: string;
  sort?: TicketSort;
  cursor?: string;
  limit: number;
}

const assignee = alias(users, "assignee");

function statusCondition(status: StatusFilter = "active") {
  if (status === "all") return undefined;
  if (status === "active") return isActive();
  return eq(supportTickets.status, status);
}

/** A page of tickets matching `where` and the filters (for a client, or for the agency's queue). */
export async function queryTickets(
  db: DbOrTx,
  filters: TicketFilters,
  where: SQL | undefined,
  now: Date,
) {
  const spec = sorts[filters.sort ?? "newest"];
  const rows = await db
    .select({
      id: supportTickets.id,
      orgId: supportTickets.orgId,
      orgName: organizations.name,
      number: supportTickets.number,
      subject: supportTickets.subject,
      status: supportTickets.status,
      priority: supportTickets.priority,
      projectId: supportTickets.projectId,
      projectName: projects.name,
      assignedToId: supportTickets.assignedToId,
      assignedToName: assignee.name,
      firstResponseDueAt: supportTickets.firstResponseDueAt,
      firstResponseAt: supportTickets.firstResponseAt,
      slaBreachedAt: supportTickets.slaBreachedAt,
      createdAt: supportTickets.createdAt,
      updatedAt: supportTickets.updatedAt,
      cursor: cursorOf(spec),
    })
    .from(supportTickets)
    .innerJoin(organizations, eq(organizations.id, supportTickets.orgId))
    .leftJoin(projects, eq(projects.id, supportTickets.projectId))
    .leftJoin(assignee, eq(assignee.id, supportTickets.assignedToId))
    .where(
      and(
        where,
        statusCondition(filters.status),
        filters.priority ? eq(supportTickets.priority, filters.priority) : undefined,
        filters.projectId ? eq(supportTickets.projectId, filters.projectId) : undefined,
        afterTicketCursor(filters.cursor, spec),
      ),
    )
    .orderBy(...orderOf(spec))
    .limit(filters.limit + 1);
  const result = ticketPage(rows, filters.limit);
  return {
    ...result,
    items: result.items.map((t) => ({ ...t, slaState: slaStateOf(t, now) })),
  };
}

/** The organization's tickets, a page at a time. */
export async function listTickets(scope: OrgScope, filters: TicketFilters) {
  return queryTickets(scope.db, filters, eq(supportTickets.orgId, scope.orgId), scope.now());
}

/** One of the organization's tickets with its thread; internal notes only for agency staff. */
export async function getTicket(scope: OrgScope, { ticketId }: { ticketId: string }) {
  return readTicket(scope.db, {
    ticketId,
    where: eq(supportTickets.orgId, scope.orgId),
    includeInternal: scope.role === "staff",
    now: scope.now(),
  });
}

/**
 * A ticket matching `where` with its thread, oldest message first, and each message's files.
 * Internal notes are left out unless `includeInternal`.
 */
export async function readTicket(
  db: DbOrTx,
  {
    ticketId,
    where,
    includeInternal,
    now,
  }: { ticketId: string; where: SQL | undefined; includeInternal: boolean; now: Date },
) {
  const creator = alias(users, "creator");
  const [ticket] = await db
    .select({
      ticket: supportTickets,
      orgName: organizations.name,
      projectName: projects.name,
      createdByName: creator.name,
      assignedToName: assignee.name,
    })
    .from(supportTickets)
    .innerJoin(organizations, eq(organizations.id, supportTickets.orgId))
    .leftJoin(projects, eq(projects.id, supportTickets.projectId))
    .leftJoin(creator, eq(creator.id, supportTickets.createdById))
    .leftJoin(assignee, eq(assignee.id, supportTickets.assignedToId))
    .where(and(eq(supportTickets.id, ticketId), where));
  if (!ticket) throw notFound("Ticket");
  const messages = await db
    .select({
      id: ticketMessages.id,
      body: ticketMessages.body,
      authorId: ticketMessages.authorId,
      authorName: users.name,
      isStaffReply: ticketMessages.isStaffReply,
      internal: ticketMessages.internal,
      createdAt: ticketMessages.createdAt,
    })
    .from(ticketMessages)
    .leftJoin(users, eq(users.id, ticketMessages.authorId))
    .where(
      and(
        eq(ticketMessages.ticketId, ticketId),
        includeInternal ? undefined : eq(ticketMessages.internal, false),
      ),
    )
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
  const files =
    messages.length === 0
      ? []
      : await db
          .select({
            messageId: ticketAttachments.messageId,
            storageItemId: storageItems.id,
            name: storageItems.name,
            sizeBytes: storageItems.sizeBytes,
            mimeType: storageItems.mimeType,
          })
          .from(ticketAttachments)
          .innerJoin(storageItems, eq(storageItems.id, ticketAttachments.storageItemId))
          .where(
            inArray(
              ticketAttachments.messageId,
              messages.map((m) => m.id),
            ),
          )
          .orderBy(asc(ticketAttachments.createdAt));
  const { ticket: row, ...names } = ticket;
  return {
    ...row,
    ...names,
    slaState: slaStateOf(row, now),
    messages: messages.map((m) => ({
      ...m,
      attachments: files
        .filter((f) => f.messageId === m.id)
        .map(({ messageId: _messageId, ...f }) => f),
    })),
  };
}

/** The organization's files that can be attached to a ticket: ready and not deleted. */
export async function attachableFiles(
  { db, orgId }: OrgScope,
  { search, limit = 50 }: { search?: string; limit?: number },
) {
  return db
    .select({
      id: storageItems.id,
      name: storageItems.name,
      sizeBytes: storageItems.sizeBytes,
      mimeType: storageItems.mimeType,
      createdAt: storageItems.createdAt,
    })
    .from(storageItems)
    .where(
      and(
        eq(storageItems.orgId, orgId),
        eq(storageItems.status, "ready"),
        isNull(storageItems.deletedAt),
        search ? ilike(storageItems.name, containing(search)) : undefined,
      ),
    )
    .orderBy(desc(storageItems.createdAt), desc(storageItems.id))
    .limit(limit);
}

/** The organization's projects a ticket can be about (archived ones excluded). */
export async function projectOptions({ db, orgId }: OrgScope) {
  return db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), isNull(projects.archivedAt)))
    .orderBy(asc(projects.name))
    .limit(200);
}

/** The tickets card of the dashboard overview. */
export async function ticketsOverview(scope: OrgScope) {
  const { db, orgId } = scope;
  const now = scope.now();
  const mine = eq(supportTickets.orgId, orgId);
  const nextDue = db
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
    .limit(1)
    .as("next_due");
  const recent = db
    .select({
      id: supportTickets.id,
      number: supportTickets.number,
      subject: supportTickets.subject,
      status: supportTickets.status,
      priority: supportTickets.priority,
      firstResponseDueAt: supportTickets.firstResponseDueAt,
      firstResponseAt: supportTickets.firstResponseAt,
      slaBreachedAt: supportTickets.slaBreachedAt,
      updatedAt: supportTickets.updatedAt,
    })
    .from(supportTickets)
    .where(and(mine, isActive()))
    .orderBy(desc(supportTickets.updatedAt), desc(supportTickets.id))
    .limit(5)
    .as("recent");
  // One statement for the tickets (the counts ride along with the five most recent), one for
  // the month's allowance.
  const [quota, rows] = await Promise.all([
    ticketQuota(scope),
    db
      .select({
        counts: sql<{ status: TicketStatus; n: number }[]>`(
          select coalesce(json_agg(json_build_object('status', g.status, 'n', g.n)), '[]'::json)
          from (
            select ${supportTickets.status} as status, count(*)::int as n
            from ${supportTickets} where ${mine} group by 1
          ) g)`,
        breached: db.$count(supportTickets, and(mine, isActive(), breachedAt(now))),
        nextDue: {
          id: nextDue.id,
          number: nextDue.number,
          subject: nextDue.subject,
          dueAt: nextDue.dueAt,
        },
        ticket: {
          id: recent.id,
          number: recent.number,
          subject: recent.subject,
          status: recent.status,
          priority: recent.priority,
          firstResponseDueAt: recent.firstResponseDueAt,
          firstResponseAt: recent.firstResponseAt,
          slaBreachedAt: recent.slaBreachedAt,
          updatedAt: recent.updatedAt,
        },
      })
      .from(oneRow())
      .leftJoin(nextDue, sql`true`)
      .leftJoin(recent, sql`true`)
      .orderBy(desc(recent.updatedAt), desc(recent.id)),
  ]);
  const counts = rows[0]?.counts ?? [];
  const breached = Number(rows[0]?.breached ?? 0);
  const due = rows[0]?.nextDue;
  const recentTickets = rows.flatMap(({ ticket }) => (ticket ? [ticket] : []));
  const byStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as Record<
    TicketStatus,
    number
  >;
  for (const row of counts) byStatus[row.status] = row.n;
  return {
    quota: { used: quota.used, limit: quota.limit, periodEnd: quota.periodEnd },
    open: byStatus.open + byStatus.in_progress + byStatus.waiting_client,
    byStatus,
    breached,
    nextDue: due?.dueAt ? { ...due, dueAt: due.dueAt } : null,
    recent: recentTickets.map((t) => ({
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
