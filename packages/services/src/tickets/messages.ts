import type { Transaction } from "@arco/db";
import { storageItems, supportTickets, ticketAttachments, ticketMessages } from "@arco/db/schema";
import { and, eq, inArray, isNull } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { OrgScope } from "../context";
import { ServiceError, notFound } from "../errors";
import { lockTicket } from "./access";
import { notifyTicketEvent } from "./notify";

export interface ReplyInput {
  ticketId: string;
  body: string;
  /** The organization's files to attach: ready, not deleted. */
  attachmentIds?: string[];
  /** A note only the agency sees; only agency staff write them. */
  internal?: boolean;
}

/**
 * Posts a message on a ticket. The first staff reply the client can see answers the SLA (and
 * marks it breached when late); a client reply to a ticket waiting on them reopens it. The
 * other side is emailed after the commit; internal notes email nobody. Agency staff (the role
 * "staff") write staff replies.
 */
export async function replyToTicket(scope: OrgScope, input: ReplyInput) {
  const { db, actor, orgId } = scope;
  const now = scope.now();
  const asStaff = scope.role === "staff";
  const internal = input.internal ?? false;
  if (internal && !asStaff) {
    throw new ServiceError("FORBIDDEN", "Only the agency can write internal notes.");
  }
  const { ticket, message } = await db.transaction(async (tx) => {
    const before = await lockTicket(tx, orgId, input.ticketId);
    const fileIds = await attachableIds(tx, orgId, input.attachmentIds ?? []);
    const [message] = await tx
      .insert(ticketMessages)
      .values({
        orgId,
        ticketId: before.id,
        authorId: actor.userId,
        body: input.body,
        isStaffReply: asStaff,
        internal,
        createdAt: now,
      })
      .returning();
    if (fileIds.length > 0) {
      await tx.insert(ticketAttachments).values(
        fileIds.map((storageItemId) => ({
          orgId,
          messageId: message!.id,
          storageItemId,
        })),
      );
    }
    const answers = asStaff && !internal && !before.firstResponseAt;
    const late = answers && before.firstResponseDueAt !== null && now > before.firstResponseDueAt;
    const reopens = !asStaff && before.status === "waiting_client";
    const [ticket] = await tx
      .update(supportTickets)
      .set({
        updatedAt: now,
        ...(answers ? { firstResponseAt: now } : {}),
        ...(late ? { slaBreachedAt: now } : {}),
        ...(reopens ? { status: "open" as const } : {}),
      })
      .where(eq(supportTickets.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "tickets.reply",
      resourceType: "ticket_message",
      resourceId: message!.id,
      after: { ticketId: before.id, internal, isStaffReply: asStaff, attachments: fileIds },
    });
    return { ticket: ticket!, message: message! };
  });
  if (!internal) {
    await notifyTicketEvent(scope, {
      ticket,
      messageId: message.id,
      authorId: actor.userId,
      toStaff: !asStaff,
      body: message.body,
    });
  }
  return message;
}

/**
 * The ids, checked in SQL and share-locked so they cannot be deleted before the commit: every
 * one must be a ready, not deleted file of this organization, or the whole reply is refused.
 */
async function attachableIds(tx: Transaction, orgId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await tx
    .select({ id: storageItems.id })
    .from(storageItems)
    .where(
      and(
        inArray(storageItems.id, unique),
        eq(storageItems.orgId, orgId),
        eq(storageItems.status, "ready"),
        isNull(storageItems.deletedAt),
      ),
    )
    .for("share");
  if (found.length !== unique.length) throw notFound("File");
  return unique;
}
