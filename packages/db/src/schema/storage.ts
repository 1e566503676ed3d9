import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  check,
  index,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { users } from "./auth";
import { at, id, timestamps } from "./columns";
import { projects } from "./projects";
import { orgId } from "./tenant";

export const storageItemStatus = pgEnum("storage_item_status", ["pending", "ready"]);

export const storageFolders = pgTable(
  "storage_folders",
  {
    id: id(),
    orgId: orgId(),
    parentId: uuid().references((): AnyPgColumn => storageFolders.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Full path, e.g. "/project-x/assets"; rewritten for descendants when a folder moves. */
    path: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("storage_folders_org_path_unique").on(t.orgId, t.path),
    index("storage_folders_parent_id_idx").on(t.parentId),
    check("storage_folders_name_valid", sql`${t.name} <> '' and position('/' in ${t.name}) = 0`),
    check("storage_folders_path_absolute", sql`${t.path} like '/%'`),
  ],
);

/**
 * Files in object storage. A pending upload already counts against the organization's storage
 * quota (`org_quotas.storage_used_bytes`), so concurrent uploads cannot overshoot it; abandoned
 * pending rows are swept and their bytes released.
 */
export const storageItems = pgTable(
  "storage_items",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    folderId: uuid().references(() => storageFolders.id, { onDelete: "set null" }),
    name: text().notNull(),
    /** Server-generated object key; never derived from the user's file name. */
    storageKey: text().notNull(),
    mimeType: text().notNull().default("application/octet-stream"),
    sizeBytes: bigint({ mode: "number" }).notNull(),
    sha256: text(),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    status: storageItemStatus().notNull().default("pending"),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    ...timestamps(),
    deletedAt: at(),
  },
  (t) => [
    uniqueIndex("storage_items_storage_key_unique").on(t.storageKey),
    index("storage_items_org_created_idx").on(t.orgId, t.createdAt),
    index("storage_items_project_id_idx").on(t.projectId),
    index("storage_items_folder_id_idx").on(t.folderId),
    index("storage_items_uploaded_by_id_idx").on(t.uploadedById),
    index("storage_items_tags_idx").using("gin", t.tags),
    index("storage_items_pending_created_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
    check("storage_items_size_positive", sql`${t.sizeBytes} > 0`),
    check(
      "storage_items_sha256_format",
      sql`${t.sha256} is null or ${t.sha256} ~ '^[0-9a-f]{64}$'`,
    ),
  ],
);
