import { notifications } from "@arco/db/schema";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { UserScope } from "../context";
import { afterCursor, page } from "../pagination";

/** The signed-in person's notifications, newest first, with how many are unread. */
export async function listNotifications(
  { db, actor }: UserScope,
  { cursor, limit }: { cursor?: string; limit: number },
) {
  const { userId } = actor;
  const [rows, unread] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, userId),
          afterCursor(cursor, { at: notifications.createdAt, id: notifications.id }, "desc"),
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit + 1),
    db.$count(notifications, and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return { ...page(rows, limit, (row) => ({ at: row.createdAt, id: row.id })), unread };
}

/** Marks some of the person's own notifications read, or all of them; others' ids change nothing. */
export async function markNotificationsRead(
  { db, actor, now }: UserScope,
  { ids, all }: { ids?: string[]; all?: boolean },
) {
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(
        and(
          eq(notifications.userId, actor.userId),
          isNull(notifications.readAt),
          all ? undefined : inArray(notifications.id, ids ?? []),
        ),
      )
      .returning({ id: notifications.id });
    await recordAudit(tx, actor, {
      orgId: null,
      action: "notifications.markRead",
      resourceType: "notification",
      after: { count: marked.length },
    });
    return { marked: marked.length };
  });
}
