import { projects, supportTickets, users } from "@arco/db/schema";
import { and, eq, isNotNull, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { OrgScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { lockTicket } from "./access";
import { notifyTicketEvent } from "./notify";
import { consumeTicket } from "./quota";
import type { TicketPriority, TicketStatus } from "./sla";

export interface CreateTicketInput {
  subject: string;
  description: string;
  priority?: TicketPriority;
  projectId?: string | null;
}

/**
 * Opens a ticket: takes one of the month's tickets, numbers it after the organization's last
 * one (safe: the quota row stays locked until commit, so creators of one organization go one
 * at a time) and starts its first-response SLA from the plan. The agency is emailed after the
 * commit.
 */
export async function createTicket(scope: OrgScope, input: CreateTicketInput) {
  const { db, actor, orgId } = scope;
  const now = scope.now();
  const ticket = await db.transaction(async (tx) => {
    if (input.projectId) {
      const [project] = await tx
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.id, input.projectId), eq(projects.orgId, orgId)));
      if (!project) throw notFound("Project");
    }
    const { responseSlaHours } = await consumeTicket(tx, { orgId, now });
    const [created] = await tx
      .insert(supportTickets)
      .values({
        orgId,
        number: sql`(select coalesce(max(${supportTickets.number}), 0) + 1 from ${supportTickets} where ${supportTickets.orgId} = ${orgId})`,
        subject: input.subject,
        description: input.description,
        priority: input.priority ?? "medium",
        projectId: input.projectId ?? null,
        createdById: actor.userId,
        responseSlaHours,
        firstResponseDueAt:
          responseSlaHours === null ? null : new Date(now.getTime() + responseSlaHours * 3_600_000),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "tickets.create",
      resourceType: "support_ticket",
      resourceId: created!.id,
      after: {
        number: created!.number,
        subject: created!.subject,
        priority: created!.priority,
        projectId: created!.projectId,
      },
    });
    return created!;
  });
  await notifyTicketEvent(scope, {
    ticket,
    messageId: null,
    authorId: actor.userId,
    toStaff: true,
    body: ticket.description,
  });
  return ticket;
}

/**
 * What clients may do to their own tickets: settle them (resolve, close) and reopen a settled
 * one. Agency staff move tickets anywhere.
 */
function clientMayMove(from: TicketStatus, to: TicketStatus) {
  const settled = from === "resolved" || from === "closed";
  if (to === "open") return settled;
  if (to === "resolved") return !settled;
  if (to === "closed") return from !== "closed";
  return false;
}

const CLIENT_REFUSAL: Partial<Record<TicketStatus, string>> = {
  open: "Only a resolved or closed ticket can be reopened.",
  resolved: "This ticket is already settled. Reopen it first.",
  closed: "This ticket is already closed.",
};

/** Moves a ticket to `status`: agency staff anywhere, clients as `clientMayMove` allows. */
export async function setTicketStatus(
  scope: OrgScope,
  { ticketId, status }: { ticketId: string; status: TicketStatus },
) {
  const { db, actor, orgId } = scope;
  const now = scope.now();
  return db.transaction(async (tx) => {
    const before = await lockTicket(tx, orgId, ticketId);
    if (scope.role !== "staff" && !clientMayMove(before.status, status)) {
      throw new ServiceError(
        "FORBIDDEN",
        CLIENT_REFUSAL[status] ?? "Only the agency can move a ticket to this status.",
      );
    }
    const [after] = await tx
      .update(supportTickets)
      .set({
        status,
        resolvedAt: status === "resolved" ? now : status === "closed" ? before.resolvedAt : null,
        closedAt: status === "closed" ? now : null,
        updatedAt: now,
      })
      .where(eq(supportTickets.id, ticketId))
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "tickets.setStatus",
      resourceType: "support_ticket",
      resourceId: ticketId,
      before: { status: before.status },
      after: { status },
    });
    return after!;
  });
}

/** Assigns the ticket to an agency staff member (or nobody). */
export async function assignTicket(
  scope: OrgScope,
  { ticketId, assigneeId }: { ticketId: string; assigneeId: string | null },
) {
  const { db, actor, orgId } = scope;
  if (scope.role !== "staff") {
    throw new ServiceError("FORBIDDEN", "Only the agency assigns tickets.");
  }
  return db.transaction(async (tx) => {
    const before = await lockTicket(tx, orgId, ticketId);
    if (assigneeId) {
      const [staff] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, assigneeId), isNotNull(users.staffRole)));
      if (!staff) throw notFound("Staff member");
    }
    const [after] = await tx
      .update(supportTickets)
      .set({ assignedToId: assigneeId })
      .where(eq(supportTickets.id, ticketId))
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "tickets.assign",
      resourceType: "support_ticket",
      resourceId: ticketId,
      before: { assignedToId: before.assignedToId },
      after: { assignedToId: assigneeId },
    });
    return after!;
  });
}
