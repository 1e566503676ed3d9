import { files } from "@arco/services";

import { env } from "../env";
import { permissions } from "../permissions";
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
import { orgProcedure, requireRole, router } from "../trpc";

const managers = orgProcedure.use(requireRole(...permissions.manageFiles));

export const filesRouter = router({
  list: orgProcedure
    .input(listFilesInput)
    .query(({ ctx, input }) => files.listFiles(ctx.db, { orgId: ctx.org.id, ...input })),

  folders: orgProcedure
    .input(listFoldersInput)
    .query(({ ctx, input }) => files.listFolders(ctx.db, { orgId: ctx.org.id, ...input })),

  folderTree: orgProcedure.query(({ ctx }) => files.folderTree(ctx.db, { orgId: ctx.org.id })),

  usage: orgProcedure.query(({ ctx }) => files.filesOverview(ctx.db, { orgId: ctx.org.id })),

  /** A link that downloads the file for the next five minutes, for people of this organization. */
  downloadUrl: orgProcedure.input(fileIdInput).query(async ({ ctx, input }) => {
    const file = await files.loadFile(ctx.db, ctx.org.id, input.id);
    return files.signDownload({ id: file.id, secret: env.AUTH_SECRET });
  }),

  createFolder: managers
    .input(createFolderInput)
    .mutation(({ ctx, input }) =>
      files.createFolder(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  renameFolder: managers
    .input(renameFolderInput)
    .mutation(({ ctx, input }) =>
      files.renameFolder(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  moveFolder: managers
    .input(moveFolderInput)
    .mutation(({ ctx, input }) =>
      files.moveFolder(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  deleteFolder: managers
    .input(folderIdInput)
    .mutation(({ ctx, input }) =>
      files.deleteFolder(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  rename: managers
    .input(renameFileInput)
    .mutation(({ ctx, input }) =>
      files.renameFile(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  move: managers
    .input(moveFileInput)
    .mutation(({ ctx, input }) =>
      files.moveFile(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  delete: managers
    .input(fileIdInput)
    .mutation(({ ctx, input }) =>
      files.deleteFile(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),
});
