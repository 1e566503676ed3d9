import type { DbOrTx, Transaction } from "@arco/db";
import { storageFolders, storageItems, ticketAttachments } from "@arco/db/schema";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { OrgScope } from "../context";
import { ServiceError } from "../errors";
import { loadFolder } from "./access";
import { isUniqueViolation, sanitizeFolderName } from "./names";
import { deleteObjects } from "./objects";
import { releaseStorage } from "./quota";

type Folder = typeof storageFolders.$inferSelect;

/** The folder and every folder below it, by path. */
const inSubtree = (path: string) =>
  sql`(${storageFolders.path} = ${path} or left(${storageFolders.path}, ${path.length + 1}) = ${`${path}/`})`;

const conflict = (name: string) =>
  new ServiceError("CONFLICT", `A folder named “${name}” already exists there. Pick another name.`);

/** Runs a path change, turning a clash with another folder's path into CONFLICT. */
async function withUniquePaths<T>(name: string, run: () => Promise<T>) {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(name);
    throw error;
  }
}

/** Rewrites the path of `folder` and its descendants from `folder.path` to `to`. */
async function rewritePaths(tx: Transaction, folder: Folder, to: string) {
  await tx
    .update(storageFolders)
    .set({
      path: sql`${to} || substr(${storageFolders.path}, ${folder.path.length + 1})`,
      updatedAt: new Date(),
    })
    .where(and(eq(storageFolders.orgId, folder.orgId), inSubtree(folder.path)));
}

const pathIn = (parent: Folder | null, name: string) => `${parent?.path ?? ""}/${name}`;

export async function createFolder(
  scope: OrgScope,
  { name, parentId }: { name: string; parentId?: string | null },
) {
  const { db, actor, orgId } = scope;
  const clean = sanitizeFolderName(name);
  return withUniquePaths(clean, () =>
    db.transaction(async (tx) => {
      const parent = parentId ? await loadFolder(tx, orgId, parentId) : null;
      const [folder] = await tx
        .insert(storageFolders)
        .values({ orgId, parentId: parent?.id ?? null, name: clean, path: pathIn(parent, clean) })
        .returning();
      await recordAudit(tx, actor, {
        orgId,
        action: "files.createFolder",
        resourceType: "storage_folder",
        resourceId: folder!.id,
        after: { path: folder!.path },
      });
      return folder!;
    }),
  );
}

export async function renameFolder(
  scope: OrgScope,
  { folderId, name }: { folderId: string; name: string },
) {
  const { db, actor, orgId } = scope;
  const clean = sanitizeFolderName(name);
  return withUniquePaths(clean, () =>
    db.transaction(async (tx) => {
      const folder = await loadFolder(tx, orgId, folderId);
      const to = `${folder.path.slice(0, folder.path.length - folder.name.length)}${clean}`;
      await rewritePaths(tx, folder, to);
      await tx.update(storageFolders).set({ name: clean }).where(eq(storageFolders.id, folder.id));
      await recordAudit(tx, actor, {
        orgId,
        action: "files.renameFolder",
        resourceType: "storage_folder",
        resourceId: folder.id,
        before: { path: folder.path },
        after: { path: to },
      });
      return { ...folder, name: clean, path: to };
    }),
  );
}

/** Moves a folder (with everything in it) under `parentId`, or to the top level when null. */
export async function moveFolder(
  scope: OrgScope,
  { folderId, parentId }: { folderId: string; parentId: string | null },
) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const folder = await loadFolder(tx, orgId, folderId);
    const parent = parentId ? await loadFolder(tx, orgId, parentId) : null;
    if (parent && (parent.path === folder.path || parent.path.startsWith(`${folder.path}/`))) {
      throw new ServiceError("BAD_REQUEST", "A folder cannot be moved into itself.");
    }
    const to = pathIn(parent, folder.name);
    await withUniquePaths(folder.name, () => rewritePaths(tx, folder, to));
    await tx
      .update(storageFolders)
      .set({ parentId: parent?.id ?? null })
      .where(eq(storageFolders.id, folder.id));
    await recordAudit(tx, actor, {
      orgId,
      action: "files.moveFolder",
      resourceType: "storage_folder",
      resourceId: folder.id,
      before: { path: folder.path },
      after: { path: to },
    });
    return { ...folder, parentId: parent?.id ?? null, path: to };
  });
}

/**
 * Deletes a folder, its subfolders and the files in them. The files are soft-deleted, their
 * bytes released from the quota in the same transaction, and their objects removed after it
 * commits — except files attached to a support ticket, whose objects the ticket still needs.
 */
export async function deleteFolder(scope: OrgScope, { folderId }: { folderId: string }) {
  const { db, actor, orgId } = scope;
  const removed = await db.transaction(async (tx) => {
    const folder = await loadFolder(tx, orgId, folderId);
    const subtree = tx
      .select({ id: storageFolders.id })
      .from(storageFolders)
      .where(and(eq(storageFolders.orgId, orgId), inSubtree(folder.path)));
    const files = await tx
      .update(storageItems)
      .set({ deletedAt: new Date() })
      .where(
        and(
          eq(storageItems.orgId, orgId),
          isNull(storageItems.deletedAt),
          inArray(storageItems.folderId, subtree),
        ),
      )
      .returning({
        id: storageItems.id,
        size: storageItems.sizeBytes,
        key: storageItems.storageKey,
      });
    const bytes = files.reduce((sum, f) => sum + f.size, 0);
    await releaseStorage(tx, { orgId, bytes });
    await tx.delete(storageFolders).where(eq(storageFolders.id, folder.id));
    await recordAudit(tx, actor, {
      orgId,
      action: "files.deleteFolder",
      resourceType: "storage_folder",
      resourceId: folder.id,
      before: { path: folder.path, files: files.length, bytes },
    });
    return { files, keys: await unattachedKeys(tx, files) };
  });
  await deleteObjects(removed.keys, scope.deps.store);
  return { ok: true as const, deletedFiles: removed.files.length };
}

/** Keys of the given files that no ticket refers to: only those objects may go. */
export async function unattachedKeys(tx: DbOrTx, files: { id: string; key: string }[]) {
  if (files.length === 0) return [];
  const attached = await tx
    .selectDistinct({ id: ticketAttachments.storageItemId })
    .from(ticketAttachments)
    .where(
      inArray(
        ticketAttachments.storageItemId,
        files.map((f) => f.id),
      ),
    );
  const keep = new Set(attached.map((a) => a.id));
  return files.filter((f) => !keep.has(f.id)).map((f) => f.key);
}
