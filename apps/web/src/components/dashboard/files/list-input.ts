import type { fileSorts } from "@arco/api/schemas/files";

export const FILES_PAGE_SIZE = 25;
export type FileSort = (typeof fileSorts)[number];

/** The `files.list` input: the server page prefetches the one the view starts with. */
export const filesListInput = (
  folderId: string | null,
  search = "",
  sort: FileSort = "newest",
) => ({
  folderId,
  sort,
  limit: FILES_PAGE_SIZE,
  ...(search ? { search } : {}),
});
