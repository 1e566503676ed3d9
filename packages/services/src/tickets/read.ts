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
import { and, asc, desc, eq, ilike, inArray, isNull } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { notFound } from "../errors";
import { afterTicketCursor, cursorOf, orderOf, sorts, ticketPage } from "./cursor";
import type { TicketSort } from "./cursor";
import { breachedAt, isActive, slaStateOf } from "./sla";
import type { TicketPriority, TicketStatus } from "./sla";

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

async function queryTickets(db: DbOrTx, filters: TicketFilters, scope: SQL | undefined, now: Date) {
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
        scope,
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
export async function listTickets(
  db: DbOrTx,
  { orgId, now = new Date(), ...filters }: TicketFilters & { orgId: string; now?: Date },
) {
  return queryTickets(db, filters, eq(supportTickets.orgId, orgId), now);
}

/** The agency's queue: every organization's tickets (or one's), optionally breached ones only. */
export async function listAllTickets(
  db: DbOrTx,
  {
    orgId,
    breachedOnly,
    now = new Date(),
    ...filters
  }: TicketFilters & { orgId?: string; breachedOnly?: boolean; now?: Date },
) {
  return queryTickets(
    db,
    filters,
    and(
      orgId ? eq(supportTickets.orgId, orgId) : undefined,
      breachedOnly ? breachedAt(now) : undefined,
    ),
    now,
  );
}

/**
 * One ticket with its thread, oldest message first, and each message's files. Internal notes
 * are left out unless `includeInternal` (agency staff).
 */
export async function getTicket(
  db: DbOrTx,
  {
    orgId,
    ticketId,
    includeInternal,
    now = new Date(),
  }: { orgId?: string; ticketId: string; includeInternal: boolean; now?: Date },
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
    .where(
      and(eq(supportTickets.id, ticketId), orgId ? eq(supportTickets.orgId, orgId) : undefined),
    );
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
  db: DbOrTx,
  { orgId, search, limit = 50 }: { orgId: string; search?: string; limit?: number },
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
        search ? ilike(storageItems.name, `%${search.replace(/[\\%_]/g, "\\$&")}%`) : undefined,
      ),
    )
    .orderBy(desc(storageItems.createdAt), desc(storageItems.id))
    .limit(limit);
}

/** Agency staff, to assign tickets to. */
export async function listStaff(db: DbOrTx) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(isNull(users.disabledAt), inArray(users.staffRole, ["admin", "support"])))
    .orderBy(asc(users.name));
}

/** The organization's projects a ticket can be about (archived ones excluded). */
export async function projectOptions(db: DbOrTx, { orgId }: { orgId: string }) {
  return db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(and(eq(projects.orgId, orgId), isNull(projects.archivedAt)))
    .orderBy(asc(projects.name))
    .limit(200);
}
