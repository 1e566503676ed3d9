/** Rows of the notification procedures: one unread notification of org A's owner. */
import type { Database } from "@arco/db";
import { notifications } from "@arco/db/schema";
import { eq } from "drizzle-orm";
import { expect } from "vitest";

import { definePart, signedIn } from "./kit";

interface Fixtures {
  notificationId: string;
}

const stillUnread = async (db: Database, f: Fixtures) => {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, f.notificationId));
  expect(row!.readAt).toBeNull();
};

export const notificationsPart = definePart<Fixtures>({
  fixtures: async (db, w) => {
    const [row] = await db
      .insert(notifications)
      .values({
        orgId: w.orgA.id,
        userId: w.users.ownerA.id,
        kind: "domain.expiry",
        title: "The certificate of shop-of-a.example expires in 7 days",
        link: "/dashboard/domains",
      })
      .returning();
    return { notificationId: row!.id };
  },
  rows: {
    "notifications.list": {
      call: (c) => c.notifications.list({}),
      expect: {
        ...signedIn({
          ok: (r, _db, _c, _w, f) => {
            expect(JSON.stringify(r)).not.toContain(f.notificationId);
            expect((r as { unread: number }).unread).toBe(0);
          },
        }),
        ownerA: {
          ok: (r, _db, _c, _w, f) => {
            expect((r as { items: { id: string }[] }).items.map((n) => n.id)).toEqual([
              f.notificationId,
            ]);
            expect((r as { unread: number }).unread).toBe(1);
          },
        },
      },
    },
    "notifications.markRead": {
      call: (c, _w, f) => c.notifications.markRead({ ids: [f.notificationId] }),
      // Someone else's notification id marks nothing.
      expect: {
        ...signedIn({
          ok: async (r, db, _c, _w, f) => {
            expect(r).toEqual({ marked: 0 });
            await stillUnread(db, f);
          },
        }),
        ownerA: { ok: (r) => expect(r).toEqual({ marked: 1 }) },
      },
    },
  },
});
