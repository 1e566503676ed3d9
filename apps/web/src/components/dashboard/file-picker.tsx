"use client";

import { useQuery } from "@tanstack/react-query";
import { Check, FolderOpen, Paperclip } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "~/components/ui/dialog";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { useTRPC } from "~/trpc/react";

export interface PickedFile {
  id: string;
  name: string;
  sizeBytes: number;
}

/**
 * Chooses files of the organization (uploaded and ready): with `max` above 1, several ticked in a
 * list (a ticket message's attachments); with `max` 1, the one clicked, which closes the dialog
 * (a delivery's file).
 */
export function FilePicker({
  value,
  onChange,
  max,
  title,
  description,
  triggerLabel,
  triggerProps,
}: {
  value: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  /** How many files may be chosen. */
  max: number;
  title: string;
  description: React.ReactNode;
  /** The text of the button opening the dialog. */
  triggerLabel: string;
  /** Describes the trigger, e.g. by the field's error. */
  triggerProps?: { "aria-describedby"?: string; "aria-invalid"?: boolean };
}) {
  const formatBytes = useFormatBytes();
  const t = useTranslations("dashboard.filePicker");
  const tActions = useTranslations("common.actions");
  const trpc = useTRPC();
  const searchId = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const files = useQuery({
    ...trpc.tickets.attachableFiles.queryOptions(term ? { search: term } : {}),
    enabled: open,
  });
  const single = max === 1;
  const chosen = new Set(value.map((f) => f.id));
  const toggle = (file: PickedFile, on: boolean) =>
    onChange(on ? [...value, file] : value.filter((f) => f.id !== file.id));
  const choose = (file: PickedFile) => {
    onChange([file]);
    setOpen(false);
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm" {...triggerProps}>
          <Paperclip aria-hidden />
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor={searchId}>{t("search")}</Label>
          <Input
            id={searchId}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <ListStates
          query={files}
          items={files.data}
          loadingLabel={t("loading")}
          rows={3}
          rowClassName="h-8"
          empty={
            <EmptyState
              icon={FolderOpen}
              title={single ? t("noneToChoose") : t("noneToAttach")}
              action={
                <Button asChild variant="outline" size="sm">
                  <Link href="/dashboard/files">{t("upload")}</Link>
                </Button>
              }
            />
          }
        >
          {(choices) => (
            <ul className="grid max-h-72 gap-1 overflow-y-auto" aria-label={t("list")}>
              {choices.map((file) => {
                if (single) {
                  return (
                    <li key={file.id}>
                      <Button
                        type="button"
                        variant="ghost"
                        aria-pressed={chosen.has(file.id)}
                        className="h-auto w-full justify-start gap-3 px-2 py-1.5 font-normal"
                        onClick={() => choose(file)}
                      >
                        <Check
                          aria-hidden
                          className={chosen.has(file.id) ? "text-primary" : "invisible"}
                        />
                        <span className="min-w-0 truncate">{file.name}</span>
                        <span className="ml-auto text-xs text-muted-foreground">
                          {formatBytes(file.sizeBytes)}
                        </span>
                      </Button>
                    </li>
                  );
                }
                const id = `pick-${file.id}`;
                return (
                  <li key={file.id} className="flex items-center gap-3 rounded-md px-2 py-1.5">
                    <Checkbox
                      id={id}
                      checked={chosen.has(file.id)}
                      disabled={!chosen.has(file.id) && value.length >= max}
                      onCheckedChange={(on) => toggle(file, on === true)}
                    />
                    <Label htmlFor={id} className="min-w-0 flex-1 font-normal">
                      <span className="truncate">{file.name}</span>
                      <span className="ml-auto text-xs text-muted-foreground">
                        {formatBytes(file.sizeBytes)}
                      </span>
                    </Label>
                  </li>
                );
              })}
            </ul>
          )}
        </ListStates>
        <DialogFooter>
          <Button type="button" onClick={() => setOpen(false)}>
            {single ? tActions("cancel") : tActions("done")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
