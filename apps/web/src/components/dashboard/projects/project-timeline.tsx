"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleCheck, Circle, Download, ExternalLink, PackageCheck, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";

import type { RouterOutputs } from "@arco/api";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "~/components/ui/alert-dialog";
import { useFileDownload } from "~/components/dashboard/files/use-file-download";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

import { useProjectFormat } from "./project-format";

export type ProjectDetailData = RouterOutputs["projects"]["byId"];
type Milestone = ProjectDetailData["milestones"][number];
type Delivery = ProjectDetailData["deliveries"][number];

type Entry =
  | { kind: "milestone"; day: string | null; item: Milestone }
  | { kind: "delivery"; day: string; item: Delivery };

/** Milestones (by due date) and deliveries (by delivery date) in one chronological list. */
export function timelineEntries(project: Pick<ProjectDetailData, "milestones" | "deliveries">) {
  const entries: Entry[] = [
    ...project.milestones.map((item) => ({
      kind: "milestone" as const,
      day: item.dueDate,
      item,
    })),
    ...project.deliveries.map((item) => ({
      kind: "delivery" as const,
      day: new Date(item.deliveredAt).toISOString().slice(0, 10),
      item,
    })),
  ];
  // Undated milestones go last; on the same day, milestones come before deliveries.
  return entries.sort((a, b) => {
    if (a.day !== b.day) return a.day === null ? 1 : b.day === null ? -1 : a.day < b.day ? -1 : 1;
    return a.kind === b.kind ? 0 : a.kind === "milestone" ? -1 : 1;
  });
}

export function ProjectTimeline({
  project,
  editable,
}: {
  project: ProjectDetailData;
  editable: boolean;
}) {
  const t = useTranslations("projects.timeline");
  const entries = timelineEntries(project);
  if (entries.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">{editable ? t("emptyEditable") : t("empty")}</p>
    );
  }
  return (
    <ol className="grid gap-0" aria-label={t("label")}>
      {entries.map((entry) => (
        <li
          key={`${entry.kind}-${entry.item.id}`}
          className="relative grid grid-cols-[1.5rem_1fr] gap-3 border-l border-border pb-5 pl-0 last:pb-0 [&:last-child]:border-transparent"
        >
          {entry.kind === "milestone" ? (
            <MilestoneEntry milestone={entry.item} editable={editable} />
          ) : (
            <DeliveryEntry delivery={entry.item} editable={editable} />
          )}
        </li>
      ))}
    </ol>
  );
}

function MilestoneEntry({ milestone, editable }: { milestone: Milestone; editable: boolean }) {
  const t = useTranslations("projects.timeline");
  const format = useFormatter();
  const { day } = useProjectFormat();
  const showError = useErrorToast();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setDone = useMutation(
    trpc.projects.milestones.setDone.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.projects.pathFilter()),
      onError: (error) => showError(error),
    }),
  );
  const remove = useMutation(
    trpc.projects.milestones.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.projects.pathFilter());
        toast.success(t("milestoneDeleted", { title: milestone.title }));
      },
      onError: (error) => showError(error),
    }),
  );
  const done = milestone.completedAt !== null;
  const checkboxId = `milestone-done-${milestone.id}`;

  return (
    <>
      <span className="-ml-3 flex size-6 items-center justify-center rounded-full bg-background">
        {done ? (
          <CircleCheck aria-hidden className="size-5 text-success" />
        ) : (
          <Circle aria-hidden className="size-5 text-muted-foreground" />
        )}
      </span>
      <div className="grid min-w-0 gap-1">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h3
              className={
                done ? "font-medium line-through decoration-muted-foreground" : "font-medium"
              }
            >
              {milestone.title}
            </h3>
            <p className="text-sm text-muted-foreground">
              {t("milestoneMeta", {
                hasDue: milestone.dueDate ? "yes" : "no",
                due: milestone.dueDate ? day(milestone.dueDate) : "",
                isDone: milestone.completedAt ? "yes" : "no",
                doneOn: milestone.completedAt
                  ? format.dateTime(new Date(milestone.completedAt), "date")
                  : "",
              })}
            </p>
          </div>
          {editable ? (
            <div className="flex items-center gap-2">
              <Checkbox
                id={checkboxId}
                checked={done}
                disabled={setDone.isPending}
                onCheckedChange={(checked) =>
                  setDone.mutate({ id: milestone.id, done: checked === true })
                }
              />
              <label htmlFor={checkboxId} className="text-sm">
                {t.rich("done", {
                  title: milestone.title,
                  hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                })}
              </label>
              <ConfirmDelete
                kind="milestone"
                title={milestone.title}
                pending={remove.isPending}
                onConfirm={() => remove.mutate({ id: milestone.id })}
              />
            </div>
          ) : null}
        </div>
        {milestone.description ? (
          <p className="text-sm whitespace-pre-line">{milestone.description}</p>
        ) : null}
      </div>
    </>
  );
}

function DeliveryEntry({ delivery, editable }: { delivery: Delivery; editable: boolean }) {
  const t = useTranslations("projects.timeline");
  const format = useFormatter();
  const showError = useErrorToast();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.projects.deliveries.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.projects.pathFilter());
        toast.success(t("deliveryDeleted", { title: delivery.title }));
      },
      onError: (error) => showError(error),
    }),
  );

  return (
    <>
      <span className="-ml-3 flex size-6 items-center justify-center rounded-full bg-background">
        <PackageCheck aria-hidden className="size-5 text-primary" />
      </span>
      <div className="grid min-w-0 gap-1">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <h3 className="font-medium">{delivery.title}</h3>
            <p className="text-sm text-muted-foreground">
              {t("deliveryMeta", {
                date: format.dateTime(new Date(delivery.deliveredAt), "date"),
                hasBy: delivery.deliveredBy ? "yes" : "no",
                by: delivery.deliveredBy ?? "",
              })}
            </p>
          </div>
          {editable ? (
            <ConfirmDelete
              kind="delivery"
              title={delivery.title}
              pending={remove.isPending}
              onConfirm={() => remove.mutate({ id: delivery.id })}
            />
          ) : null}
        </div>
        {delivery.description ? (
          <p className="text-sm whitespace-pre-line">{delivery.description}</p>
        ) : null}
        {delivery.url ? (
          <a
            href={delivery.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="inline-flex w-fit max-w-full items-center gap-1 text-sm font-medium break-all text-primary underline-offset-4 hover:underline"
          >
            {delivery.url}
            <ExternalLink aria-hidden className="size-3.5 shrink-0" />
            <span className="sr-only">{t("opensInNewTab")}</span>
          </a>
        ) : null}
        {delivery.file ? <DownloadFile file={delivery.file} /> : null}
      </div>
    </>
  );
}

/** Starts the download of a delivery's file through a short-lived signed link. */
function DownloadFile({ file }: { file: { id: string; name: string } }) {
  const t = useTranslations("projects.timeline");
  const { download, downloading } = useFileDownload(file.id);

  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      className="w-fit max-w-full"
      disabled={downloading}
      onClick={() => void download()}
    >
      <Download aria-hidden />
      <span className="truncate">{t("download", { name: file.name })}</span>
    </Button>
  );
}

function ConfirmDelete({
  kind,
  title,
  pending,
  onConfirm,
}: {
  kind: "milestone" | "delivery";
  title: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("projects.timeline");
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="ghost" size="icon" disabled={pending}>
          <Trash2 aria-hidden />
          <span className="sr-only">{t("deleteLabel", { kind, title })}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("deleteTitle", { kind })}</AlertDialogTitle>
          <AlertDialogDescription>{t("deleteDescription", { title })}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={onConfirm}>
            {t("deleteConfirm", { kind })}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
