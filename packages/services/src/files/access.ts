import type { DbOrTx } from "@arco/db";
import { storageFolders, storageItems } from "@arco/db/schema";
import { and, eq, isNull } from "drizzle-orm";

import { notFound } from "../errors";

/** Visible files: uploaded completely and not deleted. */
export const visible = (orgId: string) =>
  and(
    eq(storageItems.orgId, orgId),
    eq(storageItems.status, "ready"),
    isNull(storageItems.deletedAt),
  );

/** One visible file of the organization, or NOT_FOUND. */
export async function loadFile(db: DbOrTx, orgId: string, id: string) {
  const [file] = await db
    .select()
    .from(storageItems)
    .where(and(eq(storageItems.id, id), visible(orgId)));
  if (!file) throw notFound("File");
  return file;
}

/** One folder of the organization, or NOT_FOUND. */
export async function loadFolder(db: DbOrTx, orgId: string, folderId: string) {
  const [folder] = await db
    .select()
    .from(storageFolders)
    .where(and(eq(storageFolders.id, folderId), eq(storageFolders.orgId, orgId)));
  if (!folder) throw notFound("Folder");
  return folder;
}
