"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Upload, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { toast } from "sonner";

import { Button } from "~/components/ui/button";
import { Progress } from "~/components/ui/progress";
import { uploadFile, UploadError } from "~/lib/upload";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { useTRPC } from "~/trpc/react";

interface UploadState {
  key: string;
  name: string;
  size: number;
  progress: number;
  status: "uploading" | "done" | "error";
  error?: string;
}

/** Uploads a few files at a time, each with its own progress. */
const PARALLEL = 3;

export function useUploads(folderId: string | null) {
  const t = useTranslations("files.upload");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<UploadState[]>([]);

  const update = (key: string, patch: Partial<UploadState>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const start = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const batch = files.map((file) => ({ file, key: crypto.randomUUID() }));
      setUploads((all) => [
        ...batch.map(({ file, key }) => ({
          key,
          name: file.name,
          size: file.size,
          progress: 0,
          status: "uploading" as const,
        })),
        ...all.filter((u) => u.status === "uploading"),
      ]);
      const queue = [...batch];
      const refresh = () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.files.list.pathFilter()),
          queryClient.invalidateQueries(trpc.files.usage.pathFilter()),
        ]);
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { file, key } = next;
          try {
            await uploadFile(file, {
              folderId,
              onProgress: (fraction) => update(key, { progress: Math.round(fraction * 100) }),
            });
            update(key, { status: "done", progress: 100 });
            void refresh();
          } catch (error) {
            const message =
              error instanceof UploadError
                ? (error.serverMessage ?? t(`errors.${error.reason}`))
                : t("errors.failed");
            update(key, { status: "error", error: message });
            toast.error(t("failedToast", { name: file.name, message }));
          }
        }
      };
      void Promise.all(Array.from({ length: Math.min(PARALLEL, batch.length) }, worker));
    },
    [folderId, queryClient, t, trpc],
  );

  const dismiss = (key: string) => setUploads((all) => all.filter((u) => u.key !== key));
  return { uploads, start, dismiss };
}

/** The "Upload files" button: opens the browser's file picker (the "Choose files" input). */
export function UploadButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useTranslations("files.upload");
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button type="button" onClick={() => input.current?.click()}>
        <Upload aria-hidden />
        {t("button")}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        aria-label={t("choose")}
        tabIndex={-1}
        className="sr-only"
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          event.target.value = "";
        }}
      />
    </>
  );
}

/** Accepts files dropped anywhere on its area, with a visible cue while dragging. */
export function DropZone({
  enabled,
  onFiles,
  children,
}: {
  enabled: boolean;
  onFiles: (files: File[]) => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("files.upload");
  const [over, setOver] = useState(false);
  if (!enabled) return <>{children}</>;
  const hasFiles = (event: React.DragEvent) => event.dataTransfer.types.includes("Files");
  return (
    <div
      className="relative grid gap-4"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        onFiles(Array.from(event.dataTransfer.files));
      }}
    >
      {children}
      {over ? (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-0 z-10 grid place-items-center rounded-xl border-2 border-dashed border-primary bg-primary/5 text-lg font-medium"
        >
          {t("drop")}
        </div>
      ) : null}
    </div>
  );
}

export function UploadList({
  uploads,
  onDismiss,
}: {
  uploads: UploadState[];
  onDismiss: (key: string) => void;
}) {
  const t = useTranslations("files.upload");
  const format = useFormatter();
  const formatBytes = useFormatBytes();
  if (uploads.length === 0) return null;
  return (
    <section aria-labelledby="uploads-heading" className="grid gap-2 rounded-xl border p-4">
      <h2 id="uploads-heading" className="font-medium">
        {t("heading")}
      </h2>
      <ul className="grid gap-3">
        {uploads.map((upload) => (
          <li key={upload.key} className="grid gap-1.5">
            <div className="flex items-center gap-2 text-sm">
              {upload.status === "done" ? (
                <CircleCheck aria-hidden className="size-4 shrink-0 text-success" />
              ) : upload.status === "error" ? (
                <CircleAlert aria-hidden className="size-4 shrink-0 text-destructive" />
              ) : null}
              <span className="min-w-0 flex-1 truncate font-medium">{upload.name}</span>
              <span className="shrink-0 text-muted-foreground">
                {upload.status === "uploading"
                  ? format.number(upload.progress / 100, "percent")
                  : upload.status === "done"
                    ? formatBytes(upload.size)
                    : t("failed")}
              </span>
              {upload.status !== "uploading" ? (
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="size-7"
                  aria-label={t("dismiss", { name: upload.name })}
                  onClick={() => onDismiss(upload.key)}
                >
                  <X aria-hidden />
                </Button>
              ) : null}
            </div>
            {upload.status === "uploading" ? (
              <Progress
                value={upload.progress}
                aria-label={t("uploading", { name: upload.name })}
              />
            ) : null}
            {upload.status === "error" ? (
              <p role="alert" className="text-sm text-destructive">
                {upload.error}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
