"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore, ArrowLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";

import { allows } from "@arco/services/roles";

import { PageHeader } from "~/components/app-shell/app-shell";
import { FormDialog } from "~/components/form-dialog";
import { QueryError } from "~/components/query-error";
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
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Progress } from "~/components/ui/progress";
import { Skeleton } from "~/components/ui/skeleton";
import { errorCode, errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

import { centsToText, formatDay, formatMoney, planCurrency } from "./project-format";
import { ProjectForm } from "./project-form";
import { ProjectProgress } from "./project-progress";
import { ProjectTimeline } from "./project-timeline";
import type { ProjectDetailData } from "./project-timeline";
import { StatusBadge } from "./status-badge";
import { AddDeliveryDialog, AddMilestoneDialog } from "./timeline-dialogs";

const backLink = (
  <Link
    href="/dashboard/projects"
    className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
  >
    <ArrowLeft aria-hidden className="size-4" />
    All projects
  </Link>
);

export function ProjectDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const project = useQuery(trpc.projects.byId.queryOptions({ id }));

  if (current.isPending || project.isPending) {
    return <Skeleton className="h-64 rounded-xl" aria-label="Loading the project" />;
  }
  if (project.isError && errorCode(project.error) === "NOT_FOUND") {
    return (
      <>
        {backLink}
        <PageHeader
          title="Project not found"
          description="It may have been removed, or it belongs to another organization."
        />
      </>
    );
  }
  if (current.isError || project.isError) {
    const failed = current.isError ? current : project;
    return <QueryError error={failed.error} retry={() => void failed.refetch()} />;
  }

  const p = project.data;
  const canEdit = allows(current.data.role, "manageProjects");
  const editable = canEdit && !p.archivedAt;
  const currency = planCurrency(current.data.plan);

  return (
    <>
      <div className="grid gap-3">
        {backLink}
        <PageHeader
          title={p.name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <StatusBadge status={p.status} />
              {p.archivedAt ? <span>Archived: read-only until unarchived.</span> : null}
              {p.description ? <span className="whitespace-pre-line">{p.description}</span> : null}
            </span>
          }
          actions={
            canEdit ? (
              <div className="flex flex-wrap gap-2">
                {editable ? <EditProjectDialog project={p} currency={currency} /> : null}
                {p.archivedAt ? (
                  <UnarchiveButton id={p.id} />
                ) : (
                  <ArchiveButton id={p.id} name={p.name} />
                )}
              </div>
            ) : null
          }
        />
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Card className="gap-3">
          <CardHeader>
            <CardTitle>
              <h2>Completion</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ProjectProgress percent={p.completionPercent} name={p.name} />
          </CardContent>
        </Card>
        <Card className="gap-3">
          <CardHeader>
            <CardTitle>
              <h2>Budget</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <BudgetSummary
              usedCents={p.budgetUsedCents}
              totalCents={p.budgetTotalCents}
              currency={currency}
            />
          </CardContent>
        </Card>
        <Card className="gap-3">
          <CardHeader>
            <CardTitle>
              <h2>Dates</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted-foreground">Start</dt>
              <dd>{p.startDate ? formatDay(p.startDate) : "Not set"}</dd>
              <dt className="text-muted-foreground">Estimated delivery</dt>
              <dd>{p.estimatedDelivery ? formatDay(p.estimatedDelivery) : "Not set"}</dd>
              <dt className="text-muted-foreground">Delivered</dt>
              <dd>{p.actualDelivery ? formatDay(p.actualDelivery) : "Not yet"}</dd>
            </dl>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>People</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-muted-foreground">Project manager</dt>
            <dd>{p.projectManager ? (p.projectManager.name ?? p.projectManager.email) : "None"}</dd>
            <dt className="text-muted-foreground">Team</dt>
            <dd>
              {p.team.length === 0 ? (
                "No one yet"
              ) : (
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {p.team.map((person) => (
                    <li key={person.id}>{person.name ?? person.email}</li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        </CardContent>
      </Card>

      <Card>
        <CardHeader className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid gap-1.5">
            <CardTitle>
              <h2>Timeline</h2>
            </CardTitle>
            <CardDescription>Milestones and deliveries, by date.</CardDescription>
          </div>
          {editable ? (
            <div className="flex flex-wrap gap-2">
              <AddMilestoneDialog projectId={p.id} />
              <AddDeliveryDialog projectId={p.id} />
            </div>
          ) : null}
        </CardHeader>
        <CardContent>
          <ProjectTimeline project={p} editable={editable} />
        </CardContent>
      </Card>
    </>
  );
}

function BudgetSummary({
  usedCents,
  totalCents,
  currency,
}: {
  usedCents: number;
  totalCents: number | null;
  currency: string;
}) {
  if (totalCents === null) {
    return (
      <p className="text-sm">
        {formatMoney(usedCents, currency)} used
        <span className="block text-muted-foreground">No fixed budget</span>
      </p>
    );
  }
  const over = usedCents > totalCents;
  const percent = totalCents === 0 ? (usedCents > 0 ? 100 : 0) : (usedCents / totalCents) * 100;
  const text = `${formatMoney(usedCents, currency)} of ${formatMoney(totalCents, currency)} used`;
  return (
    <div className="grid gap-2 text-sm">
      <p>{text}</p>
      <Progress
        value={Math.min(100, percent)}
        aria-label={`Budget: ${text}`}
        indicatorClassName={over ? "bg-warning" : undefined}
      />
      {over ? (
        <p className="font-medium text-warning">
          Over budget by {formatMoney(usedCents - totalCents, currency)}.
        </p>
      ) : null}
    </div>
  );
}

function EditProjectDialog({
  project,
  currency,
}: {
  project: ProjectDetailData;
  currency: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const update = useMutation(trpc.projects.update.mutationOptions());

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button type="button" variant="outline">
          <Pencil aria-hidden />
          Edit project
        </Button>
      }
      title="Edit project"
      description="Changes are visible to everyone in the organization."
      className="max-h-[90svh] overflow-y-auto sm:max-w-2xl"
    >
      <ProjectForm
        currency={currency}
        defaultValues={{
          name: project.name,
          description: project.description ?? "",
          status: project.status,
          completionPercent: project.completionPercent,
          budgetTotal: centsToText(project.budgetTotalCents),
          budgetUsed: centsToText(project.budgetUsedCents),
          startDate: project.startDate ?? "",
          estimatedDelivery: project.estimatedDelivery ?? "",
          actualDelivery: project.actualDelivery ?? "",
          projectManagerId: project.projectManagerId ?? "",
          teamIds: project.team.map((person) => person.id),
        }}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        onSubmit={async (input) => {
          await update.mutateAsync({ id: project.id, ...input });
          await queryClient.invalidateQueries(trpc.projects.pathFilter());
          setOpen(false);
          toast.success("Project updated.");
        }}
      />
    </FormDialog>
  );
}

function ArchiveButton({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const archive = useMutation(
    trpc.projects.archive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.projects.pathFilter());
        toast.success(`“${name}” archived.`);
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline" disabled={archive.isPending}>
          <Archive aria-hidden />
          Archive project
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Archive “{name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            The project becomes read-only and stops counting towards your plan’s project limit. You
            can unarchive it later if your plan has room.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={() => archive.mutate({ id })}>
            Archive project
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function UnarchiveButton({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unarchive = useMutation(
    trpc.projects.unarchive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.projects.pathFilter());
        toast.success("Project unarchived.");
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  return (
    <Button
      type="button"
      variant="outline"
      disabled={unarchive.isPending}
      onClick={() => unarchive.mutate({ id })}
    >
      <ArchiveRestore aria-hidden />
      Unarchive project
    </Button>
  );
}
