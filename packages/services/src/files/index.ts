export {
  contentDisposition,
  DOWNLOAD_TTL_SECONDS,
  openDownload,
  signDownload,
  verifyDownload,
} from "./download";
export {
  createFolder,
  deleteFolder,
  folderTree,
  listFolders,
  moveFolder,
  renameFolder,
} from "./folders";
export {
  deleteFile,
  filesOverview,
  listFiles,
  loadFile,
  moveFile,
  renameFile,
  usage,
} from "./items";
export type { FileSort } from "./items";
export { formatBytes, sanitizeFileName, sanitizeFolderName } from "./names";
export {
  abortUpload,
  beginUpload,
  completeUpload,
  DEFAULT_MAX_FILE_BYTES,
  releaseAbandonedUploads,
  storeUpload,
} from "./upload";
export type { BeginUpload } from "./upload";
