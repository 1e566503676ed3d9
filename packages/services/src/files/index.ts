export {
  contentDisposition,
  DOWNLOAD_TTL_SECONDS,
  downloadLink,
  openDownload,
  presignedDownload,
  signDownload,
  verifyDownload,
} from "./downloads";
export { deleteFile, moveFile, renameFile } from "./files";
export type { FileSort } from "./read";
export { createFolder, deleteFolder, moveFolder, renameFolder } from "./folders";
export { formatBytes, sanitizeFileName, sanitizeFolderName } from "./names";
export { filesOverview, folderTree, listFiles, listFolders } from "./read";
export { releaseAbandonedUploads } from "./background";
export {
  abortUpload,
  beginUpload,
  completeUpload,
  DEFAULT_MAX_FILE_BYTES,
  storeUpload,
} from "./uploads";
export type { BeginUpload } from "./uploads";
