"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronRight, FolderOpen, FolderPlus, SearchX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
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

export function FilesView({ folderId }: { folderId: string | null }) {
  const t = useTranslations("files.view");
  const tCreate = useTranslations("files.createFolder");
  const tLoading = useTranslations("files.loading");
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
        title={t("title")}
        description={editable ? t("descriptionEditor") : t("descriptionViewer")}
        actions={
          editable ? (
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="outline" onClick={() => setCreating(true)}>
                <FolderPlus aria-hidden />
                {t("newFolder")}
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
          title={tCreate("title")}
          description={
            folders.data?.current
              ? tCreate("inside", { folder: folders.data.current.name })
              : tCreate("topLevel")
          }
          initial=""
          submitLabel={tCreate("submit")}
          pendingLabel={tCreate("pending")}
          onSubmit={async (name) => {
            await createFolder.mutateAsync({ name, parentId: folderId });
            await Promise.all([
              queryClient.invalidateQueries(trpc.files.folders.pathFilter()),
              queryClient.invalidateQueries(trpc.files.folderTree.pathFilter()),
            ]);
            toast.success(tCreate("created", { name }));
          }}
        />
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("storage")}</h2>
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
            {folders.data?.current
              ? t("folderHeading", { name: folders.data.current.name })
              : t("allFiles")}
          </h2>
          <Breadcrumb trail={folders.data?.breadcrumb ?? []} />
          <div className="flex flex-wrap gap-2">
            <SearchInput
              className="min-w-0 flex-1 basis-48"
              aria-label={t("search")}
              placeholder={t("searchPlaceholder")}
              value={search}
              maxLength={100}
              onChange={(event) => setSearch(event.target.value)}
            />
            <Select value={sort} onValueChange={(value) => setSort(value as Sort)}>
              <SelectTrigger className="w-36" aria-label={t("sortLabel")}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {fileSorts.map((option) => (
                  <SelectItem key={option} value={option}>
                    {t(`sort.${option}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>

          <ListStates
            query={entries}
            items={list.data && folders.data ? [...subfolders, ...files] : undefined}
            loadingLabel={tLoading("list")}
            rows={5}
            rowClassName="h-10"
            empty={<NoFiles searching={Boolean(deferredSearch)} editable={editable} />}
          >
            {() => (
              <div className="rounded-xl border">
                <Table>
                  <TableHeader>
                    <TableRow className="hover:bg-transparent">
                      <TableHead className="pl-4">{t("columns.name")}</TableHead>
                      <TableHead className="hidden sm:table-cell">{t("columns.size")}</TableHead>
                      <TableHead className="hidden md:table-cell">{t("columns.type")}</TableHead>
                      <TableHead className="hidden lg:table-cell">
                        {t("columns.uploaded")}
                      </TableHead>
                      <TableHead className="pr-4 text-right">
                        <span className="sr-only">{t("columns.actions")}</span>
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
  const t = useTranslations("files.view");
  return (
    <nav aria-label={t("breadcrumb")}>
      <ol className="flex flex-wrap items-center gap-1 text-sm">
        <li>
          {trail.length === 0 ? (
            <span aria-current="page" className="font-medium">
              {t("root")}
            </span>
          ) : (
            <Link
              href="/dashboard/files"
              className="text-primary underline-offset-4 hover:underline"
            >
              {t("root")}
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
  const t = useTranslations("files.view.empty");
  return (
    <EmptyState
      icon={searching ? SearchX : FolderOpen}
      title={searching ? t("searchTitle") : t("title")}
    >
      {searching ? t("search") : editable ? t("editor") : t("viewer")}
    </EmptyState>
  );
}
