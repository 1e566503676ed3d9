import { files } from "@arco/services";

import { env } from "../env";
import {
  createFolderInput,
  fileIdInput,
  folderIdInput,
  listFilesInput,
  listFoldersInput,
  moveFileInput,
  moveFolderInput,
  renameFileInput,
  renameFolderInput,
} from "../schemas/files";
import { orgProcedure, requirePermissionTo, router } from "../trpc";

const managers = orgProcedure.use(requirePermissionTo("manageFiles"));

export const filesRouter = router({
  list: orgProcedure
    .input(listFilesInput)
    .query(({ ctx, input }) => files.listFiles(ctx.scope, input)),

  folders: orgProcedure
    .input(listFoldersInput)
    .query(({ ctx, input }) => files.listFolders(ctx.scope, input)),

  folderTree: orgProcedure.query(({ ctx }) => files.folderTree(ctx.scope)),

  usage: orgProcedure.query(({ ctx }) => files.filesOverview(ctx.scope)),

  /** A link that downloads the file for the next five minutes, for people of this organization. */
  downloadUrl: orgProcedure
    .input(fileIdInput)
    .query(({ ctx, input }) =>
      files.downloadLink(ctx.scope, { ...input, secret: env.AUTH_SECRET }),
    ),

  createFolder: managers
    .input(createFolderInput)
    .mutation(({ ctx, input }) => files.createFolder(ctx.scope, input)),

  renameFolder: managers
    .input(renameFolderInput)
    .mutation(({ ctx, input }) => files.renameFolder(ctx.scope, input)),

  moveFolder: managers
    .input(moveFolderInput)
    .mutation(({ ctx, input }) => files.moveFolder(ctx.scope, input)),

  deleteFolder: managers
    .input(folderIdInput)
    .mutation(({ ctx, input }) => files.deleteFolder(ctx.scope, input)),

  rename: managers
    .input(renameFileInput)
    .mutation(({ ctx, input }) => files.renameFile(ctx.scope, input)),

  move: managers
    .input(moveFileInput)
    .mutation(({ ctx, input }) => files.moveFile(ctx.scope, input)),

  delete: managers
    .input(fileIdInput)
    .mutation(({ ctx, input }) => files.deleteFile(ctx.scope, input)),
});
