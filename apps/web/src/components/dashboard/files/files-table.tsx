"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Download, File, Folder, MoreHorizontal, Trash2 } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";

import type { RouterOutputs } from "@arco/api";

import { useFileDownload } from "~/components/dashboard/files/use-file-download";
import { Button } from "~/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "~/components/ui/dropdown-menu";
import { TableCell, TableRow } from "~/components/ui/table";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

import { ConfirmDelete, MoveDialog, NameDialog } from "./dialogs";

type FileRowData = RouterOutputs["files"]["list"]["items"][number];
type FolderRowData = RouterOutputs["files"]["folders"]["children"][number];

/** "PDF", "PNG", "Text": a short label for a content type. */
function useTypeLabel() {
  const t = useTranslations("files.types");
  return (mimeType: string) => {
    if (mimeType === "application/octet-stream") return t("file");
    if (mimeType.startsWith("text/"))
      return mimeType === "text/plain" ? t("text") : mimeType.slice(5).toUpperCase();
    const sub = mimeType.split("/")[1] ?? mimeType;
    return sub
      .replace(/^(x-|vnd\.)/, "")
      .split(/[.+-]/)[0]!
      .toUpperCase();
  };
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.files.list.pathFilter()),
      queryClient.invalidateQueries(trpc.files.folders.pathFilter()),
      queryClient.invalidateQueries(trpc.files.folderTree.pathFilter()),
      queryClient.invalidateQueries(trpc.files.usage.pathFilter()),
    ]);
}

type Open = "rename" | "move" | "delete" | null;

function RowMenu({
  name,
  onOpen,
}: {
  name: string;
  onOpen: (dialog: Exclude<Open, null>) => void;
}) {
  const t = useTranslations("files.row");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button type="button" variant="ghost" size="icon" aria-label={t("moreActions", { name })}>
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => onOpen("rename")}>{t("rename")}</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onOpen("move")}>{t("move")}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function DeleteButton({ name, onClick }: { name: string; onClick: () => void }) {
  const t = useTranslations("files.row");
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon"
      aria-label={t("delete", { name })}
      onClick={onClick}
    >
      <Trash2 aria-hidden className="text-destructive" />
    </Button>
  );
}

/** The menu, the delete button and their dialogs on an editable row: the same for a file and a folder. */
function RowActions({
  kind,
  name,
  currentFolderId,
  excludePath,
  deleteDescription,
  onRename,
  onMove,
  onDelete,
}: {
  kind: "file" | "folder";
  name: string;
  currentFolderId: string | null;
  /** A folder being moved cannot go inside itself. */
  excludePath?: string;
  deleteDescription: string;
  onRename: (name: string) => Promise<void>;
  onMove: (folderId: string | null) => Promise<void>;
  /** Deletes; a failure is shown as a toast and closes the dialog all the same. */
  onDelete: () => Promise<void>;
}) {
  const t = useTranslations("files.row");
  const [open, setOpen] = useState<Open>(null);
  const showError = useErrorToast();
  const onOpenChange = (value: boolean) => !value && setOpen(null);

  return (
    <>
      <RowMenu name={name} onOpen={setOpen} />
      <DeleteButton name={name} onClick={() => setOpen("delete")} />
      <NameDialog
        open={open === "rename"}
        onOpenChange={onOpenChange}
        kind={kind}
        title={t(`${kind}.renameTitle`)}
        description={t(`${kind}.renameDescription`)}
        initial={name}
        submitLabel={t("rename")}
        pendingLabel={t("renaming")}
        onSubmit={onRename}
      />
      <MoveDialog
        open={open === "move"}
        onOpenChange={onOpenChange}
        name={name}
        currentFolderId={currentFolderId}
        excludePath={excludePath}
        onMove={onMove}
      />
      <ConfirmDelete
        open={open === "delete"}
        onOpenChange={onOpenChange}
        title={t(`${kind}.deleteTitle`, { name })}
        description={deleteDescription}
        onConfirm={async () => {
          try {
            await onDelete();
          } catch (error) {
            showError(error);
          }
        }}
      />
    </>
  );
}

export function FolderRow({ folder, editable }: { folder: FolderRowData; editable: boolean }) {
  const t = useTranslations("files.row");
  const tTypes = useTranslations("files.types");
  const format = useFormatter();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const rename = useMutation(trpc.files.renameFolder.mutationOptions());
  const move = useMutation(trpc.files.moveFolder.mutationOptions());
  const remove = useMutation(trpc.files.deleteFolder.mutationOptions());

  return (
    <TableRow>
      <TableCell className="pl-4">
        <Link
          href={`/dashboard/files?folder=${folder.id}`}
          className="flex min-w-0 items-center gap-2 font-medium underline-offset-4 hover:underline"
        >
          <Folder aria-hidden className="size-4 shrink-0 text-primary" />
          <span className="truncate">{folder.name}</span>
          <span className="sr-only">{t("folderSuffix")}</span>
        </Link>
      </TableCell>
      <TableCell className="hidden text-muted-foreground sm:table-cell">—</TableCell>
      <TableCell className="hidden text-muted-foreground md:table-cell">
        {tTypes("folder")}
      </TableCell>
      <TableCell className="hidden text-muted-foreground lg:table-cell">
        {format.dateTime(folder.createdAt, "date")}
      </TableCell>
      <TableCell className="pr-4 text-right">
        {editable ? (
          <div className="flex justify-end">
            <RowActions
              kind="folder"
              name={folder.name}
              currentFolderId={null}
              excludePath={folder.path}
              deleteDescription={t("folder.deleteDescription")}
              onRename={async (name) => {
                await rename.mutateAsync({ folderId: folder.id, name });
                await refresh();
                toast.success(t("folder.renamed", { name }));
              }}
              onMove={async (parentId) => {
                await move.mutateAsync({ folderId: folder.id, parentId });
                await refresh();
                toast.success(t("folder.moved", { name: folder.name }));
              }}
              onDelete={async () => {
                const result = await remove.mutateAsync({ folderId: folder.id });
                await refresh();
                toast.success(
                  t("folder.deleted", { name: folder.name, files: result.deletedFiles }),
                );
              }}
            />
          </div>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

export function FileRow({ file, editable }: { file: FileRowData; editable: boolean }) {
  const t = useTranslations("files.row");
  const format = useFormatter();
  const formatBytes = useFormatBytes();
  const typeLabel = useTypeLabel();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const { download, downloading } = useFileDownload(file.id);
  const rename = useMutation(trpc.files.rename.mutationOptions());
  const move = useMutation(trpc.files.move.mutationOptions());
  const remove = useMutation(trpc.files.delete.mutationOptions());

  return (
    <TableRow>
      <TableCell className="pl-4">
        <div className="grid max-w-[11rem] min-w-0 gap-0.5 sm:max-w-none">
          <span className="flex min-w-0 items-center gap-2 font-medium">
            <File aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            <span className="truncate" title={file.name}>
              {file.name}
            </span>
          </span>
          <span className="text-xs text-muted-foreground sm:hidden">{formatBytes(file.size)}</span>
        </div>
      </TableCell>
      <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">
        {formatBytes(file.size)}
      </TableCell>
      <TableCell className="hidden text-muted-foreground md:table-cell">
        {typeLabel(file.mimeType)}
      </TableCell>
      <TableCell className="hidden text-muted-foreground lg:table-cell">
        <span className="grid">
          <span>{format.dateTime(file.createdAt, "date")}</span>
          <span className="text-xs">
            {file.uploadedBy ?? file.uploadedByEmail ?? t("formerMember")}
          </span>
        </span>
      </TableCell>
      <TableCell className="pr-4 text-right">
        <div className="flex justify-end">
          <Button
            type="button"
            variant="ghost"
            size="icon"
            aria-label={t("download", { name: file.name })}
            disabled={downloading}
            onClick={() => void download()}
          >
            <Download aria-hidden />
          </Button>
          {editable ? (
            <RowActions
              kind="file"
              name={file.name}
              currentFolderId={file.folderId}
              deleteDescription={t("file.deleteDescription", { size: formatBytes(file.size) })}
              onRename={async (name) => {
                const renamed = await rename.mutateAsync({ id: file.id, name });
                await refresh();
                toast.success(t("file.renamed", { name: renamed.name }));
              }}
              onMove={async (folderId) => {
                await move.mutateAsync({ id: file.id, folderId });
                await refresh();
                toast.success(t("file.moved", { name: file.name }));
              }}
              onDelete={async () => {
                await remove.mutateAsync({ id: file.id });
                await refresh();
                toast.success(t("file.deleted", { name: file.name }));
              }}
            />
          ) : null}
        </div>
      </TableCell>
    </TableRow>
  );
}
