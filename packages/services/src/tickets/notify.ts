import type { DbOrTx } from "@arco/db";
import type { supportTickets } from "@arco/db/schema";
import { organizations, users } from "@arco/db/schema";
import { logger } from "@arco/log";
import { and, eq, isNotNull, isNull } from "drizzle-orm";

import { receives } from "../accounts/email-preferences";
import { recipientLocale } from "../accounts/recipient-locale";
import type { ServiceContext } from "../context";

type Ticket = Pick<
  typeof supportTickets.$inferSelect,
  "id" | "orgId" | "number" | "subject" | "createdById" | "assignedToId"
>;

export interface TicketEvent {
  ticket: Ticket;
  /** The message that was posted; null when the ticket was just opened. */
  messageId: string | null;
  authorId: string;
  /** Client side wrote (→ email the agency) or the agency replied (→ email the client). */
  toStaff: boolean;
  body: string;
}

/**
 * Emails the other side about a new ticket or message, after the change has committed: the
 * assigned staff member (every staff member while unassigned) for the client's writing, the
 * ticket's creator for the agency's replies. One idempotency key per (event, recipient), so a
 * retry never emails twice. Delivery problems are logged and never fail the request: the
 * message is saved either way.
 */
export async function notifyTicketEvent(scope: ServiceContext, event: TicketEvent) {
  const { db, appUrl } = scope;
  try {
    const { ticket } = event;
    const recipients = await recipientsOf(db, event);
    if (recipients.length === 0) return;
    const [[org], [author]] = await Promise.all([
      db
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, ticket.orgId)),
      db.select({ name: users.name }).from(users).where(eq(users.id, event.authorId)),
    ]);
    // The ticket's organization exists while the ticket does (the rows cascade together).
    if (!org) return;
    const path = event.toStaff ? "admin" : "dashboard";
    const excerpt = event.body.length > 280 ? `${event.body.slice(0, 277)}…` : event.body;
    const key = event.messageId
      ? `ticket-message:${event.messageId}`
      : `ticket-opened:${ticket.id}`;
    for (const recipient of recipients) {
      try {
        await scope.deps.sendEmail(db, {
          locale: await recipientLocale(db, { userId: recipient.id, orgId: ticket.orgId }),
          template: "ticket-message",
          to: recipient.email,
          orgId: ticket.orgId,
          idempotencyKey: `${key}:${recipient.id}`,
          props: {
            orgName: org.name,
            ticketNumber: ticket.number,
            subject: ticket.subject,
            authorName: author?.name ?? null,
            event: event.messageId ? "replied" : "opened",
            excerpt,
            ticketUrl: new URL(`/${path}/tickets/${ticket.id}`, appUrl).toString(),
          },
        });
      } catch (error) {
        logger.error({ err: error, userId: recipient.id }, "A ticket email failed");
      }
    }
  } catch (error) {
    logger.error({ err: error, ticketId: event.ticket.id }, "Ticket emails failed");
  }
}

async function recipientsOf(db: DbOrTx, { ticket, authorId, toStaff }: TicketEvent) {
  const people = { id: users.id, email: users.email };
  const wanted = receives("ticketUpdates");
  let rows: { id: string; email: string }[];
  if (!toStaff) {
    rows = ticket.createdById
      ? await db
          .select(people)
          .from(users)
          .where(and(eq(users.id, ticket.createdById), wanted))
      : [];
  } else if (ticket.assignedToId) {
    rows = await db
      .select(people)
      .from(users)
      .where(and(eq(users.id, ticket.assignedToId), wanted));
  } else {
    rows = await db
      .select(people)
      .from(users)
      .where(and(isNotNull(users.staffRole), isNull(users.disabledAt), wanted));
  }
  return rows.filter((r) => r.id !== authorId);
}
