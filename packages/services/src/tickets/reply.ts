import type { DbOrTx, Transaction } from "@arco/db";
import { storageItems, supportTickets, ticketAttachments, ticketMessages } from "@arco/db/schema";
import { and, eq, inArray, isNull } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { ServiceError, notFound } from "../errors";
import { notifyTicketEvent } from "./notify";
import type { Notifier } from "./notify";
import { lockTicket } from "./status";

export interface ReplyInput {
  orgId: string;
  ticketId: string;
  body: string;
  /** The organization's files to attach: ready, not deleted. */
  attachmentIds?: string[];
  /** Agency staff write staff replies; only they may write internal notes. */
  asStaff: boolean;
  internal?: boolean;
  appUrl: string;
  now?: Date;
  notifier?: Notifier;
}

/**
 * Posts a message on a ticket. The first staff reply the client can see answers the SLA (and
 * marks it breached when late); a client reply to a ticket waiting on them reopens it. The
 * other side is emailed after the commit; internal notes email nobody.
 */
export async function replyToTicket(db: DbOrTx, actor: Actor, input: ReplyInput) {
  const now = input.now ?? new Date();
  const internal = input.internal ?? false;
  if (internal && !input.asStaff) {
    throw new ServiceError("FORBIDDEN", "Only the agency can write internal notes.");
  }
  const { ticket, message } = await db.transaction(async (tx) => {
    const before = await lockTicket(tx, input);
    const fileIds = await attachableIds(tx, input.orgId, input.attachmentIds ?? []);
    const [message] = await tx
      .insert(ticketMessages)
      .values({
        orgId: input.orgId,
        ticketId: before.id,
        authorId: actor.userId,
        body: input.body,
        isStaffReply: input.asStaff,
        internal,
        createdAt: now,
      })
      .returning();
    if (fileIds.length > 0) {
      await tx.insert(ticketAttachments).values(
        fileIds.map((storageItemId) => ({
          orgId: input.orgId,
          messageId: message!.id,
          storageItemId,
        })),
      );
    }
    const answers = input.asStaff && !internal && !before.firstResponseAt;
    const late = answers && before.firstResponseDueAt !== null && now > before.firstResponseDueAt;
    const reopens = !input.asStaff && before.status === "waiting_client";
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
      orgId: input.orgId,
      action: "tickets.reply",
      resourceType: "ticket_message",
      resourceId: message!.id,
      after: { ticketId: before.id, internal, isStaffReply: input.asStaff, attachments: fileIds },
    });
    return { ticket: ticket!, message: message! };
  });
  if (!internal) {
    await notifyTicketEvent(db, {
      ticket,
      messageId: message.id,
      authorId: actor.userId,
      toStaff: !input.asStaff,
      body: message.body,
      appUrl: input.appUrl,
      notifier: input.notifier,
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
