"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronRight, FolderOpen, FolderPlus, SearchX } from "lucide-react";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { toast } from "sonner";

import { allows } from "@arco/services/roles";
import { fileSorts } from "@arco/api/schemas/files";

import { PageHeader } from "~/components/app-shell/app-shell";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import type { ListQuery } from "~/components/list-states";
import { QueryError } from "~/components/query-error";
import { SearchInput } from "~/components/search-input";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "~/components/ui/table";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

import { NameDialog } from "./dialogs";
import { FileRow, FolderRow } from "./files-table";
import { filesListInput } from "./list-input";
import type { FileSort } from "./list-input";
import { NEARLY_FULL, StorageMeter, StorageUpgradePrompt } from "./storage-meter";
import { DropZone, UploadButton, UploadList, useUploads } from "./uploader";

type Sort = FileSort;
const sortLabel: Record<Sort, string> = { newest: "Newest", name: "Name", size: "Largest" };

export function FilesView({ folderId }: { folderId: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const usage = useQuery(trpc.files.usage.queryOptions());
  const folders = useQuery(trpc.files.folders.queryOptions({ parentId: folderId }));
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<Sort>("newest");
  const deferredSearch = useDeferredValue(search.trim());
  const list = useInfiniteQuery(
    trpc.files.list.infiniteQueryOptions(filesListInput(folderId, deferredSearch, sort), {
      getNextPageParam: nextCursor,
    }),
  );
  const uploads = useUploads(folderId);
  const [creating, setCreating] = useState(false);
  const createFolder = useMutation(trpc.files.createFolder.mutationOptions());

  const editable = allows(current.data?.role, "manageFiles");
  const files = list.data?.pages.flatMap((page) => page.items) ?? [];
  const subfolders = deferredSearch ? [] : (folders.data?.children ?? []);
  // The folder's subfolders and files are one list: it loads, fails and is empty as one.
  const entries: ListQuery = {
    isPending: list.isPending || folders.isPending,
    isError: list.isError || folders.isError,
    error: list.error ?? folders.error,
    refetch: () => Promise.all([list.refetch(), folders.refetch()]),
    hasNextPage: list.hasNextPage,
    isFetchingNextPage: list.isFetchingNextPage,
    fetchNextPage: list.fetchNextPage,
  };
  const share =
    usage.data && usage.data.limitBytes ? usage.data.usedBytes / usage.data.limitBytes : 0;

  return (
    <>
      <PageHeader
        title="Files"
        description={
          editable
            ? "Share documents and assets with the agency. Drop files here to upload them."
            : "Documents and assets shared with the agency. You can download them."
        }
        actions={
          editable ? (
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="outline" onClick={() => setCreating(true)}>
                <FolderPlus aria-hidden />
                New folder
              </Button>
              <UploadButton onFiles={uploads.start} />
            </div>
          ) : null
        }
      />
      {editable ? (
        <NameDialog
          open={creating}
          onOpenChange={setCreating}
          kind="folder"
          title="New folder"
          description={
            folders.data?.current
              ? `Created inside ${folders.data.current.name}.`
              : "Created at the top level of Files."
          }
          initial=""
          submitLabel="Create folder"
          pendingLabel="Creating…"
          onSubmit={async (name) => {
            await createFolder.mutateAsync({ name, parentId: folderId });
            await Promise.all([
              queryClient.invalidateQueries(trpc.files.folders.pathFilter()),
              queryClient.invalidateQueries(trpc.files.folderTree.pathFilter()),
            ]);
            toast.success(`Folder ${name} created.`);
          }}
        />
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Storage</h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          {usage.isPending ? (
            <Skeleton className="h-10 w-full" />
          ) : usage.isError ? (
            <QueryError error={usage.error} retry={() => void usage.refetch()} />
          ) : (
            <>
              <StorageMeter usedBytes={usage.data.usedBytes} limitBytes={usage.data.limitBytes} />
              {share >= NEARLY_FULL && editable ? <StorageUpgradePrompt full={share >= 1} /> : null}
            </>
          )}
        </CardContent>
      </Card>

      <UploadList uploads={uploads.uploads} onDismiss={uploads.dismiss} />

      <DropZone enabled={editable} onFiles={uploads.start}>
        <section aria-labelledby="files-heading" className="grid gap-4">
          <h2 id="files-heading" className="sr-only">
            {folders.data?.current ? `Folder ${folders.data.current.name}` : "All files"}
          </h2>
          <Breadcrumb trail={folders.data?.breadcrumb ?? []} />
          <div className="flex flex-wrap gap-2">
            <SearchInput
              className="min-w-0 flex-1 basis-48"
              aria-label="Search files in this folder"
              placeholder="Search files"
              value={search}
              maxLength={100}
              onChange={(event) => setSearch(event.target.value)}
            />
            <Select value={sort} onValueChange={(value) => setSort(value as Sort)}>
              <SelectTrigger className="w-36" aria-label="Sort files">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {fileSorts.map((option) => (
                  <SelectItem key={option} value={option}>
                    {sortLabel[option]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>

          <ListStates
            query={entries}
            items={list.data && folders.data ? [...subfolders, ...files] : undefined}
            loadingLabel="Loading files"
            rows={5}
            rowClassName="h-10"
            empty={<NoFiles searching={Boolean(deferredSearch)} editable={editable} />}
          >
            {() => (
              <div className="rounded-xl border">
                <Table>
                  <TableHeader>
                    <TableRow className="hover:bg-transparent">
                      <TableHead className="pl-4">Name</TableHead>
                      <TableHead className="hidden sm:table-cell">Size</TableHead>
                      <TableHead className="hidden md:table-cell">Type</TableHead>
                      <TableHead className="hidden lg:table-cell">Uploaded</TableHead>
                      <TableHead className="pr-4 text-right">
                        <span className="sr-only">Actions</span>
                      </TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {subfolders.map((folder) => (
                      <FolderRow key={folder.id} folder={folder} editable={editable} />
                    ))}
                    {files.map((file) => (
                      <FileRow key={file.id} file={file} editable={editable} />
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </ListStates>
        </section>
      </DropZone>
    </>
  );
}

function Breadcrumb({ trail }: { trail: { id: string; name: string }[] }) {
  return (
    <nav aria-label="Folders">
      <ol className="flex flex-wrap items-center gap-1 text-sm">
        <li>
          {trail.length === 0 ? (
            <span aria-current="page" className="font-medium">
              Files
            </span>
          ) : (
            <Link
              href="/dashboard/files"
              className="text-primary underline-offset-4 hover:underline"
            >
              Files
            </Link>
          )}
        </li>
        {trail.map((folder, index) => (
          <li key={folder.id} className="flex items-center gap-1">
            <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
            {index === trail.length - 1 ? (
              <span aria-current="page" className="font-medium">
                {folder.name}
              </span>
            ) : (
              <Link
                href={`/dashboard/files?folder=${folder.id}`}
                className="text-primary underline-offset-4 hover:underline"
              >
                {folder.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function NoFiles({ searching, editable }: { searching: boolean; editable: boolean }) {
  return (
    <EmptyState
      icon={searching ? SearchX : FolderOpen}
      title={searching ? "No files match your search." : "No files here yet."}
    >
      {searching
        ? "Try another part of the name, or clear the search."
        : editable
          ? "Use “Upload files” or drop files on this page to share them with the agency."
          : "Files uploaded by your team and the agency appear here."}
    </EmptyState>
  );
}
