import { storageItems } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { OrgScope } from "../context";
import { notFound } from "../errors";
import { loadFile, loadFolder, visible } from "./access";
import { unattachedKeys } from "./folders";
import { sanitizeFileName } from "./names";
import { deleteObjects } from "./objects";
import { releaseStorage } from "./quota";

export async function renameFile(scope: OrgScope, { id, name }: { id: string; name: string }) {
  const { db, actor, orgId } = scope;
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
  scope: OrgScope,
  { id, folderId }: { id: string; folderId: string | null },
) {
  const { db, actor, orgId } = scope;
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
export async function deleteFile(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
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
  await deleteObjects(keys, scope.deps.store);
  return { ok: true as const };
}
