import type { DbOrTx } from "@arco/db";
import { emailOutbox } from "@arco/db/schema";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";

import { SECRET_LINK_TEMPLATES } from "./send";
import type { EmailTemplate, OutboxMessage, OutboxSummary } from "./types";

const summaryColumns = {
  id: emailOutbox.id,
  to: emailOutbox.to,
  subject: emailOutbox.subject,
  template: emailOutbox.template,
  status: emailOutbox.status,
  provider: emailOutbox.provider,
  createdAt: emailOutbox.createdAt,
};

const cursorSchema = z.uuid();

/**
 * Sent and stored emails, newest first. The cursor is the id of the last item seen: the next
 * page compares (created_at, id) with that row in SQL, so the cursor stays opaque and ties on
 * created_at neither repeat nor skip a message.
 */
export async function listOutbox(
  db: DbOrTx,
  { cursor, limit = 25 }: { cursor?: string; limit?: number },
): Promise<{ items: OutboxSummary[]; nextCursor: string | null }> {
  const pageSize = Math.min(Math.max(Math.trunc(limit), 1), 100);
  let after;
  if (cursor !== undefined) {
    if (!cursorSchema.safeParse(cursor).success) {
      throw new TypeError("The outbox cursor must be the id of an outbox message.");
    }
    const seen = alias(emailOutbox, "seen");
    const seenRow = db
      .select({ createdAt: seen.createdAt, id: seen.id })
      .from(seen)
      .where(eq(seen.id, cursor));
    after = sql`(${emailOutbox.createdAt}, ${emailOutbox.id}) < (${seenRow})`;
  }
  const rows = await db
    .select(summaryColumns)
    .from(emailOutbox)
    .where(and(after))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(pageSize + 1);
  const items = rows.slice(0, pageSize);
  return { items, nextCursor: rows.length > pageSize ? items.at(-1)!.id : null };
}

/** One message with its content, or null when there is none with this id. */
export async function getOutboxMessage(db: DbOrTx, id: string): Promise<OutboxMessage | null> {
  if (!cursorSchema.safeParse(id).success) return null;
  const [message] = await db
    .select({
      ...summaryColumns,
      orgId: emailOutbox.orgId,
      from: emailOutbox.from,
      html: emailOutbox.html,
      text: emailOutbox.text,
      error: emailOutbox.error,
      providerMessageId: emailOutbox.providerMessageId,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id));
  if (!message) return null;
  return {
    ...message,
    linksWithheld: SECRET_LINK_TEMPLATES.has(message.template as EmailTemplate),
  };
}
