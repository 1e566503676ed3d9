import { storageItems } from "@arco/db/schema";
import { and, eq, lt } from "drizzle-orm";

import type { SystemScope } from "../context";
import { deleteObjects } from "./objects";
import { releaseStorage } from "./quota";

/**
 * Uploads that never completed (the browser went away, the server restarted) and are older than
 * `olderThan`: their rows go, their reservations are released, and any bytes stored are removed.
 */
export async function releaseAbandonedUploads(
  { db, deps }: SystemScope,
  { olderThan }: { olderThan: Date },
) {
  const abandoned = await db.transaction(async (tx) => {
    const rows = await tx
      .delete(storageItems)
      .where(and(eq(storageItems.status, "pending"), lt(storageItems.createdAt, olderThan)))
      .returning();
    const perOrg = new Map<string, number>();
    for (const row of rows) {
      if (row.deletedAt) continue;
      perOrg.set(row.orgId, (perOrg.get(row.orgId) ?? 0) + row.sizeBytes);
    }
    for (const [orgId, bytes] of perOrg) await releaseStorage(tx, { orgId, bytes });
    return rows;
  });
  await deleteObjects(
    abandoned.map((row) => row.storageKey),
    deps.store,
  );
  return { released: abandoned.length };
}
