/** Inputs of the Files procedures, shared with the web forms. Pure zod: safe in the browser. */
import { z } from "zod";

import { idInput, paginationInput } from "../schemas";

export { idInput };

const folderId = z.uuid("That folder id is not valid.");
const fileId = z.uuid("That file id is not valid.");

export const folderNameSchema = z
  .string("Enter a folder name.")
  .trim()
  .min(1, "Enter a folder name.")
  .max(100, "Folder names are at most 100 characters.")
  .refine((name) => !/[/\\]/.test(name), "Folder names cannot contain / or \\.");

export const fileNameSchema = z
  .string("Enter a file name.")
  .trim()
  .min(1, "Enter a file name.")
  .max(200, "File names are at most 200 characters.");

export const fileSorts = ["newest", "name", "size"] as const;

export const listFilesInput = paginationInput.extend({
  /** The folder to list; absent or null: the top level. */
  folderId: folderId.nullish(),
  search: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
  sort: z.enum(fileSorts, "Sort by newest, name or size.").default("newest"),
});

export const listFoldersInput = z.object({ parentId: folderId.nullish() });

export const createFolderInput = z.object({
  name: folderNameSchema,
  parentId: folderId.nullish(),
});

export const renameFolderInput = z.object({ folderId, name: folderNameSchema });
export const moveFolderInput = z.object({ folderId, parentId: folderId.nullable() });
export const folderIdInput = z.object({ folderId });

export const renameFileInput = z.object({ id: fileId, name: fileNameSchema });
export const moveFileInput = z.object({ id: fileId, folderId: folderId.nullable() });
export const fileIdInput = z.object({ id: fileId });
