"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { fileNameSchema, folderNameSchema } from "@arco/api/schemas/files";

import { FormAlert } from "~/components/form-alert";
import { FormDialog } from "~/components/form-dialog";
import { FormField } from "~/components/form-field";
import { QueryError } from "~/components/query-error";
import { SubmitButton } from "~/components/submit-button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "~/components/ui/alert-dialog";
import { Button } from "~/components/ui/button";
import { DialogFooter } from "~/components/ui/dialog";
import { Input } from "~/components/ui/input";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import { applyServerErrors } from "~/lib/form-errors";
import { useErrorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

interface NameDialogProps {
  kind: "file" | "folder";
  title: string;
  description: string;
  initial: string;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (name: string) => Promise<unknown>;
}

/** Asks for a name (a new folder, or renaming a file or folder) and submits it. */
export function NameDialog({ open, onOpenChange, ...props }: DialogProps & NameDialogProps) {
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={props.title}
      description={props.description}
    >
      {/* Mounted while open only: every opening starts from the current name. */}
      <NameForm {...props} close={() => onOpenChange(false)} />
    </FormDialog>
  );
}

function NameForm({
  kind,
  initial,
  submitLabel,
  pendingLabel,
  onSubmit,
  close,
}: NameDialogProps & { close: () => void }) {
  const tErrors = useTranslations("common.errors");
  const t = useTranslations("files.dialogs");
  const schema = z.object({ name: kind === "file" ? fileNameSchema : folderNameSchema });
  const form = useForm<{ name: string }>({
    resolver: zodResolver(schema),
    defaultValues: { name: initial },
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ name }) => {
    setFormError(null);
    try {
      await onSubmit(name);
      close();
    } catch (error) {
      setFormError(applyServerErrors(form, error, ["name"], tErrors));
    }
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="grid gap-4">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <FormField
        label={kind === "file" ? t("fileName") : t("folderName")}
        error={form.formState.errors.name?.message}
      >
        {(field) => <Input {...field} autoComplete="off" {...form.register("name")} />}
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={close}>
          {t("cancel")}
        </Button>
        <SubmitButton pending={form.formState.isSubmitting} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </DialogFooter>
    </form>
  );
}

const TOP_LEVEL = "top-level";

interface MoveProps {
  name: string;
  currentFolderId: string | null;
  /** A folder being moved cannot go inside itself. */
  excludePath?: string;
  onMove: (folderId: string | null) => Promise<unknown>;
}

/** Picks a destination folder of the organization (or the top level). */
export function MoveDialog({ open, onOpenChange, ...props }: DialogProps & MoveProps) {
  const t = useTranslations("files.dialogs");
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("moveTitle", { name: props.name })}
      description={t("moveDescription")}
    >
      <MoveForm {...props} close={() => onOpenChange(false)} />
    </FormDialog>
  );
}

function MoveForm({
  currentFolderId,
  excludePath,
  onMove,
  close,
}: MoveProps & { close: () => void }) {
  const t = useTranslations("files.dialogs");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const tree = useQuery(trpc.files.folderTree.queryOptions());
  const [target, setTarget] = useState(currentFolderId ?? TOP_LEVEL);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const options = (tree.data ?? []).filter(
    (folder) =>
      !excludePath || (folder.path !== excludePath && !folder.path.startsWith(`${excludePath}/`)),
  );

  async function move() {
    setPending(true);
    setFormError(null);
    try {
      await onMove(target === TOP_LEVEL ? null : target);
      close();
    } catch (error) {
      setFormError(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void move();
      }}
    >
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {tree.isPending ? (
        <Skeleton className="h-9 w-full" />
      ) : tree.isError ? (
        <QueryError error={tree.error} retry={() => void tree.refetch()} />
      ) : (
        <FormField label={t("destination")}>
          {(field) => (
            <Select value={target} onValueChange={setTarget}>
              <SelectTrigger {...field} className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={TOP_LEVEL}>{t("topLevel")}</SelectItem>
                {options.map((folder) => (
                  <SelectItem key={folder.id} value={folder.id}>
                    {folder.path.slice(1)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={close}>
          {t("cancel")}
        </Button>
        <SubmitButton
          pending={pending}
          pendingLabel={t("moving")}
          disabled={pending || !tree.isSuccess}
        >
          {t("move")}
        </SubmitButton>
      </DialogFooter>
    </form>
  );
}

/** Asks before deleting: files are gone for good and their space is freed. */
export function ConfirmDelete({
  open,
  onOpenChange,
  title,
  description,
  onConfirm,
}: DialogProps & {
  title: string;
  description: string;
  onConfirm: () => Promise<unknown>;
}) {
  const t = useTranslations("files.dialogs");
  const [pending, setPending] = useState(false);
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            disabled={pending}
            className="bg-destructive text-white hover:bg-destructive/90"
            onClick={(event) => {
              event.preventDefault();
              setPending(true);
              void onConfirm()
                .then(() => onOpenChange(false))
                .finally(() => setPending(false));
            }}
          >
            {pending ? t("deleting") : t("delete")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
