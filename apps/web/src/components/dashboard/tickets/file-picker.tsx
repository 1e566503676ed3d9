"use client";

import { useQuery } from "@tanstack/react-query";
import { Paperclip } from "lucide-react";
import { useDeferredValue, useId, useState } from "react";

import { QueryError } from "~/components/query-error";
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
import { Skeleton } from "~/components/ui/skeleton";
import { formatBytes } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export interface PickedFile {
  id: string;
  name: string;
  sizeBytes: number;
}

/** Chooses files of the organization (uploaded and ready) to attach to a message. */
export function FilePicker({
  value,
  onChange,
}: {
  value: PickedFile[];
  onChange: (files: PickedFile[]) => void;
}) {
  const trpc = useTRPC();
  const searchId = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const files = useQuery({
    ...trpc.tickets.attachableFiles.queryOptions(term ? { search: term } : {}),
    enabled: open,
  });
  const chosen = new Set(value.map((f) => f.id));
  const toggle = (file: PickedFile, on: boolean) =>
    onChange(on ? [...value, file] : value.filter((f) => f.id !== file.id));

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <Paperclip aria-hidden />
          Attach files{value.length > 0 ? ` (${value.length})` : ""}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Attach files</DialogTitle>
          <DialogDescription>
            Choose files already uploaded to your organization’s files. Up to 10 per message.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor={searchId}>Search files</Label>
          <Input
            id={searchId}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        {files.isPending ? (
          <Skeleton className="h-24" />
        ) : files.isError ? (
          <QueryError error={files.error} retry={() => void files.refetch()} />
        ) : files.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No files to attach. Upload files on the Files page first.
          </p>
        ) : (
          <ul className="grid max-h-72 gap-1 overflow-y-auto" aria-label="Files">
            {files.data.map((file) => {
              const id = `pick-${file.id}`;
              return (
                <li key={file.id} className="flex items-center gap-3 rounded-md px-2 py-1.5">
                  <Checkbox
                    id={id}
                    checked={chosen.has(file.id)}
                    disabled={!chosen.has(file.id) && value.length >= 10}
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
        <DialogFooter>
          <Button type="button" onClick={() => setOpen(false)}>
            Done
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
