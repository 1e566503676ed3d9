import type { DbOrTx } from "@arco/db";
import { orgQuotas, storageItems, users } from "@arco/db/schema";
import type { ObjectStore } from "@arco/storage";
import { and, asc, desc, eq, ilike, isNull } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { Actor } from "../audit";
import { notFound } from "../errors";
import { afterKey, encodeKeyCursor } from "./cursor";
import { loadFolder, unattachedKeys } from "./folders";
import { sanitizeFileName } from "./names";
import { deleteObjects } from "./objects";
import { releaseStorage, storageLimitOf } from "./quota";

export type FileSort = "newest" | "name" | "size";

/** Visible files: uploaded completely and not deleted. */
const visible = (orgId: string) =>
  and(
    eq(storageItems.orgId, orgId),
    eq(storageItems.status, "ready"),
    isNull(storageItems.deletedAt),
  );

const sorts = {
  newest: { column: storageItems.createdAt, direction: "desc", kind: "time" },
  name: { column: storageItems.name, direction: "asc", kind: "text" },
  size: { column: storageItems.sizeBytes, direction: "desc", kind: "count" },
} as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The files in a folder (`folderId` null or absent: the top level), a page at a time, sorted
 * newest first, by name, or largest first; `search` matches part of the name.
 */
export async function listFiles(
  db: DbOrTx,
  {
    orgId,
    folderId,
    search,
    sort = "newest",
    cursor,
    limit,
  }: {
    orgId: string;
    folderId?: string | null;
    search?: string;
    sort?: FileSort;
    cursor?: string;
    limit: number;
  },
) {
  if (folderId) await loadFolder(db, orgId, folderId);
  const { column, direction, kind } = sorts[sort];
  const rows = await db
    .select({
      id: storageItems.id,
      name: storageItems.name,
      size: storageItems.sizeBytes,
      mimeType: storageItems.mimeType,
      folderId: storageItems.folderId,
      createdAt: storageItems.createdAt,
      uploadedBy: users.name,
      uploadedByEmail: users.email,
    })
    .from(storageItems)
    .leftJoin(users, eq(users.id, storageItems.uploadedById))
    .where(
      and(
        visible(orgId),
        folderId ? eq(storageItems.folderId, folderId) : isNull(storageItems.folderId),
        search ? ilike(storageItems.name, `%${escapeLike(search)}%`) : undefined,
        afterKey(cursor, { value: column, id: storageItems.id, kind }, direction),
      ),
    )
    .orderBy(
      direction === "asc" ? asc(column) : desc(column),
      direction === "asc" ? asc(storageItems.id) : desc(storageItems.id),
    )
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const key = { newest: last?.createdAt, name: last?.name, size: last?.size }[sort];
  return {
    items,
    nextCursor:
      rows.length > limit && last && key !== undefined ? encodeKeyCursor(key, last.id) : null,
  };
}

/** One visible file of the organization, or NOT_FOUND. */
export async function loadFile(db: DbOrTx, orgId: string, id: string) {
  const [file] = await db
    .select()
    .from(storageItems)
    .where(and(eq(storageItems.id, id), visible(orgId)));
  if (!file) throw notFound("File");
  return file;
}

export async function renameFile(
  db: DbOrTx,
  actor: Actor,
  { orgId, id, name }: { orgId: string; id: string; name: string },
) {
  const clean = sanitizeFileName(name);
  return db.transaction(async (tx) => {
    const file = await loadFile(tx, orgId, id);
    await tx
      .update(storageItems)
      .set({ name: clean, updatedAt: new Date() })
      .where(eq(storageItems.id, file.id));
    await recordAudit(tx, actor, {
      orgId,
      action: "files.rename",
      resourceType: "storage_item",
      resourceId: file.id,
      before: { name: file.name },
      after: { name: clean },
    });
    return { id: file.id, name: clean };
  });
}

/** Moves a file into another folder of the same organization (null: the top level). */
export async function moveFile(
  db: DbOrTx,
  actor: Actor,
  { orgId, id, folderId }: { orgId: string; id: string; folderId: string | null },
) {
  return db.transaction(async (tx) => {
    const file = await loadFile(tx, orgId, id);
    const folder = folderId ? await loadFolder(tx, orgId, folderId) : null;
    await tx
      .update(storageItems)
      .set({ folderId: folder?.id ?? null, updatedAt: new Date() })
      .where(eq(storageItems.id, file.id));
    await recordAudit(tx, actor, {
      orgId,
      action: "files.move",
      resourceType: "storage_item",
      resourceId: file.id,
      before: { folderId: file.folderId },
      after: { folderId: folder?.id ?? null },
    });
    return { id: file.id, folderId: folder?.id ?? null };
  });
}

/**
 * Deletes a file: the row is soft-deleted and its bytes released in one transaction, then the
 * object is removed. A file attached to a support ticket disappears from Files the same way, but
 * its object stays for the ticket.
 */
export async function deleteFile(
  db: DbOrTx,
  actor: Actor,
  { orgId, id, store }: { orgId: string; id: string; store?: ObjectStore },
) {
  const keys = await db.transaction(async (tx) => {
    const [file] = await tx
      .update(storageItems)
      .set({ deletedAt: new Date() })
      .where(and(eq(storageItems.id, id), visible(orgId)))
      .returning();
    if (!file) throw notFound("File");
    await releaseStorage(tx, { orgId, bytes: file.sizeBytes });
    await recordAudit(tx, actor, {
      orgId,
      action: "files.delete",
      resourceType: "storage_item",
      resourceId: file.id,
      before: { name: file.name, size: file.sizeBytes },
    });
    return unattachedKeys(tx, [{ id: file.id, key: file.storageKey }]);
  });
  await deleteObjects(keys, store);
  return { ok: true as const };
}

/** Storage use for the dashboard: bytes used (pending uploads included), the limit, files. */
export async function filesOverview(db: DbOrTx, { orgId }: { orgId: string }) {
  const [[quota], limitBytes, fileCount] = await Promise.all([
    db
      .select({ used: orgQuotas.storageUsedBytes })
      .from(orgQuotas)
      .where(eq(orgQuotas.orgId, orgId)),
    storageLimitOf(db, orgId),
    db.$count(storageItems, visible(orgId)),
  ]);
  return { usedBytes: quota?.used ?? 0, limitBytes, fileCount: Number(fileCount) };
}

export const usage = filesOverview;
