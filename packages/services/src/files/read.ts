import {
  orgQuotas,
  organizations,
  plans,
  storageFolders,
  storageItems,
  users,
} from "@arco/db/schema";
import { and, asc, desc, eq, ilike, isNull, sql } from "drizzle-orm";

import type { OrgScope } from "../context";
import { limitOf } from "../plans";
import { loadFolder, visible } from "./access";
import { afterKey, encodeKeyCursor } from "./cursor";
import { containing } from "../like";

export type FileSort = "newest" | "name" | "size";

const sorts = {
  newest: { column: storageItems.createdAt, direction: "desc", kind: "time" },
  name: { column: storageItems.name, direction: "asc", kind: "text" },
  size: { column: storageItems.sizeBytes, direction: "desc", kind: "count" },
} as const;

/**
 * The files in a folder (`folderId` null or absent: the top level), a page at a time, sorted
 * newest first, by name, or largest first; `search` matches part of the name.
 */
export async function listFiles(
  scope: OrgScope,
  {
    folderId,
    search,
    sort = "newest",
    cursor,
    limit,
  }: {
    folderId?: string | null;
    search?: string;
    sort?: FileSort;
    cursor?: string;
    limit: number;
  },
) {
  const { db, orgId } = scope;
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
        search ? ilike(storageItems.name, containing(search)) : undefined,
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

/** Storage use for the dashboard: bytes used (pending uploads included), the limit, files. */
export async function filesOverview(scope: OrgScope) {
  const { db, orgId } = scope;
  const [row] = await db
    .select({
      usedBytes: orgQuotas.storageUsedBytes,
      limitBytes: limitOf("storageBytes"),
      fileCount: db.$count(storageItems, visible(orgId)),
    })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .leftJoin(orgQuotas, eq(orgQuotas.orgId, organizations.id))
    .where(eq(organizations.id, orgId));
  return {
    usedBytes: row?.usedBytes ?? 0,
    limitBytes: row?.limitBytes ?? null,
    fileCount: Number(row?.fileCount ?? 0),
  };
}

export const usage = filesOverview;

/** The folders inside `parentId` (top level when null), with the trail of folders down to it. */
export async function listFolders(scope: OrgScope, { parentId }: { parentId?: string | null }) {
  const { db, orgId } = scope;
  const current = parentId ? await loadFolder(db, orgId, parentId) : null;
  const breadcrumb = current
    ? await db
        .select({ id: storageFolders.id, name: storageFolders.name, path: storageFolders.path })
        .from(storageFolders)
        .where(
          and(
            eq(storageFolders.orgId, orgId),
            sql`(${current.path} = ${storageFolders.path} or left(${current.path}, length(${storageFolders.path}) + 1) = ${storageFolders.path} || '/')`,
          ),
        )
        .orderBy(sql`length(${storageFolders.path})`)
    : [];
  const children = await db
    .select({
      id: storageFolders.id,
      name: storageFolders.name,
      path: storageFolders.path,
      createdAt: storageFolders.createdAt,
    })
    .from(storageFolders)
    .where(
      and(
        eq(storageFolders.orgId, orgId),
        current ? eq(storageFolders.parentId, current.id) : isNull(storageFolders.parentId),
      ),
    )
    .orderBy(asc(storageFolders.name), asc(storageFolders.id))
    .limit(500);
  return { current, breadcrumb, children };
}

/** Every folder of the organization by path (to pick a destination when moving). */
export async function folderTree(scope: OrgScope) {
  const { db, orgId } = scope;
  return db
    .select({ id: storageFolders.id, name: storageFolders.name, path: storageFolders.path })
    .from(storageFolders)
    .where(eq(storageFolders.orgId, orgId))
    .orderBy(asc(storageFolders.path))
    .limit(1000);
}
