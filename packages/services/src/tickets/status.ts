import type { DbOrTx, Transaction } from "@arco/db";
import { supportTickets, users } from "@arco/db/schema";
import { and, eq, isNotNull } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { ServiceError, notFound } from "../errors";
import type { TicketStatus } from "./sla";

/** Locks the ticket for the rest of the transaction; another org's ticket is not found. */
export async function lockTicket(tx: Transaction, { orgId, ticketId }: TicketRef) {
  const [ticket] = await tx
    .select()
    .from(supportTickets)
    .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.orgId, orgId)))
    .for("update");
  if (!ticket) throw notFound("Ticket");
  return ticket;
}

interface TicketRef {
  orgId: string;
  ticketId: string;
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

export async function setTicketStatus(
  db: DbOrTx,
  actor: Actor,
  {
    orgId,
    ticketId,
    status,
    asStaff,
    now = new Date(),
  }: TicketRef & { status: TicketStatus; asStaff: boolean; now?: Date },
) {
  return db.transaction(async (tx) => {
    const before = await lockTicket(tx, { orgId, ticketId });
    if (!asStaff && !clientMayMove(before.status, status)) {
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
  db: DbOrTx,
  actor: Actor,
  { orgId, ticketId, assigneeId }: TicketRef & { assigneeId: string | null },
) {
  return db.transaction(async (tx) => {
    const before = await lockTicket(tx, { orgId, ticketId });
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
