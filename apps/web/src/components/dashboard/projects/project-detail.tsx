"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore, ArrowLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
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
import { errorCode } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

import { centsToText, planCurrency, useProjectFormat } from "./project-format";
import { ProjectForm } from "./project-form";
import { ProjectProgress } from "./project-progress";
import { ProjectTimeline } from "./project-timeline";
import type { ProjectDetailData } from "./project-timeline";
import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { useErrorToast } from "~/lib/error-toast";
import { StatusBadge } from "./status-badge";
import { AddDeliveryDialog, AddMilestoneDialog } from "./timeline-dialogs";

function BackLink() {
  const t = useTranslations("projects.detail");
  return (
    <Link
      href="/dashboard/projects"
      className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {t("back")}
    </Link>
  );
}

export function ProjectDetail({ id }: { id: string }) {
  const t = useTranslations("projects.detail");
  const { day } = useProjectFormat();
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const project = useQuery(trpc.projects.byId.queryOptions({ id }));

  if (current.isPending || project.isPending) {
    return <Skeleton className="h-64 rounded-xl" aria-label={t("loading")} />;
  }
  if (project.isError && errorCode(project.error) === "NOT_FOUND") {
    return (
      <>
        <BackLink />
        <PageHeader title={t("notFound")} description={t("notFoundDescription")} />
      </>
    );
  }
  if (current.isError || project.isError) {
    const failed = current.isError ? current : project;
    return <QueryError error={failed.error} retry={() => void failed.refetch()} />;
  }

  const p = project.data;
  const canEdit = allows(current.data.role, "manageProjects");
  // Beyond the plan after a downgrade: kept whole, changed again after an upgrade.
  const editable = canEdit && !p.archivedAt && !p.overPlan;
  const currency = planCurrency(current.data.plan);

  return (
    <>
      <div className="grid gap-3">
        <BackLink />
        <PageHeader
          title={p.name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <StatusBadge status={p.status} />
              {p.archivedAt ? <span>{t("archivedNote")}</span> : null}
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
        {p.overPlan ? (
          <UpgradePrompt title={t("overPlanTitle")}>
            {t("overPlan", {
              plan: current.data.plan.name,
              max: current.data.plan.maxProjects ?? 0,
            })}
          </UpgradePrompt>
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Card className="gap-3">
          <CardHeader>
            <CardTitle>
              <h2>{t("completion")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ProjectProgress percent={p.completionPercent} name={p.name} />
          </CardContent>
        </Card>
        <Card className="gap-3">
          <CardHeader>
            <CardTitle>
              <h2>{t("budget")}</h2>
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
              <h2>{t("dates")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted-foreground">{t("start")}</dt>
              <dd>{p.startDate ? day(p.startDate) : t("notSet")}</dd>
              <dt className="text-muted-foreground">{t("estimatedDelivery")}</dt>
              <dd>{p.estimatedDelivery ? day(p.estimatedDelivery) : t("notSet")}</dd>
              <dt className="text-muted-foreground">{t("delivered")}</dt>
              <dd>{p.actualDelivery ? day(p.actualDelivery) : t("notYet")}</dd>
            </dl>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("people")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-muted-foreground">{t("manager")}</dt>
            <dd>
              {p.projectManager
                ? (p.projectManager.name ?? p.projectManager.email)
                : t("noManager")}
            </dd>
            <dt className="text-muted-foreground">{t("team")}</dt>
            <dd>
              {p.team.length === 0 ? (
                t("noTeam")
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
              <h2>{t("timeline")}</h2>
            </CardTitle>
            <CardDescription>{t("timelineDescription")}</CardDescription>
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
  const t = useTranslations("projects.budget");
  const { money } = useProjectFormat();
  if (totalCents === null) {
    return (
      <p className="text-sm">
        {t("usedOnly", { used: money(usedCents, currency) })}
        <span className="block text-muted-foreground">{t("noFixed")}</span>
      </p>
    );
  }
  const over = usedCents > totalCents;
  const percent = totalCents === 0 ? (usedCents > 0 ? 100 : 0) : (usedCents / totalCents) * 100;
  const amounts = { used: money(usedCents, currency), total: money(totalCents, currency) };
  return (
    <div className="grid gap-2 text-sm">
      <p>{t("usedOf", amounts)}</p>
      <Progress
        value={Math.min(100, percent)}
        aria-label={t("label", amounts)}
        indicatorClassName={over ? "bg-warning" : undefined}
      />
      {over ? (
        <p className="font-medium text-warning">
          {t("over", { amount: money(usedCents - totalCents, currency) })}
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
  const t = useTranslations("projects.edit");
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
          {t("button")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
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
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
        onSubmit={async (input) => {
          await update.mutateAsync({ id: project.id, ...input });
          await queryClient.invalidateQueries(trpc.projects.pathFilter());
          setOpen(false);
          toast.success(t("saved"));
        }}
      />
    </FormDialog>
  );
}

function ArchiveButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("projects.archive");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const archive = useMutation(
    trpc.projects.archive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.projects.pathFilter());
        toast.success(t("done", { name }));
      },
      onError: (error) => showError(error),
    }),
  );
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline" disabled={archive.isPending}>
          <Archive aria-hidden />
          {t("button")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("title", { name })}</AlertDialogTitle>
          <AlertDialogDescription>{t("description")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction onClick={() => archive.mutate({ id })}>
            {t("confirm")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

function UnarchiveButton({ id }: { id: string }) {
  const t = useTranslations("projects.archive");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unarchive = useMutation(
    trpc.projects.unarchive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.projects.pathFilter());
        toast.success(t("unarchived"));
      },
      onError: (error) => showError(error),
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
      {t("unarchive")}
    </Button>
  );
}
