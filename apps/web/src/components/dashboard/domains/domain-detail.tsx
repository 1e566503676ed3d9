"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, LoaderCircle, RefreshCw, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";

import { allows } from "@arco/services/roles";

import { PageHeader } from "~/components/app-shell/app-shell";
import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { QueryError } from "~/components/query-error";
import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
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
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { useTranslateMessage } from "~/lib/translate-message";
import { useErrorToast } from "~/lib/error-toast";

import { DnsRecords } from "./dns-records";
import { DaysLeft, DomainStatusBadge, SslBadge } from "./domain-badges";
import { useFormatDay } from "./dates";
import { useProjectName, useProjectOptions } from "./project-select";
import { RegistrationForm } from "./registration-form";

export function DomainDetail({ id }: { id: string }) {
  // A failed check is stored in English; shown in the reader's language.
  const translate = useTranslateMessage();
  const t = useTranslations("domains.detail");
  const tDomains = useTranslations("domains");
  const format = useFormatter();
  const formatDay = useFormatDay();
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const domain = useQuery(trpc.domains.byId.queryOptions({ id }));
  const projects = useProjectOptions();
  const projectName = useProjectName();

  if (current.isPending || domain.isPending) return <Skeleton className="h-60 rounded-xl" />;
  if (current.isError)
    return <QueryError error={current.error} retry={() => void current.refetch()} />;
  if (domain.isError)
    return <QueryError error={domain.error} retry={() => void domain.refetch()} />;

  const d = domain.data;
  const editor = allows(current.data.role, "manageDomains");
  // Beyond the plan after a downgrade: kept whole, changed again after an upgrade.
  const editable = editor && !d.overPlan;

  return (
    <>
      <Link
        href="/dashboard/domains"
        className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t("back")}
      </Link>
      <PageHeader
        title={<span className="wrap-anywhere">{d.name}</span>}
        description={
          d.lastCheckedAt
            ? t("lastChecked", { when: format.dateTime(d.lastCheckedAt, "dateTimeZone") })
            : t("notChecked")
        }
        actions={editor ? <CheckNow id={d.id} name={d.name} /> : null}
      />
      {d.overPlan ? (
        <UpgradePrompt title={t("overPlanTitle")}>
          {t("overPlan", { plan: current.data.plan.name, max: current.data.plan.maxDomains ?? 0 })}
        </UpgradePrompt>
      ) : null}

      {d.lastCheckError ? (
        <Alert variant="warning" role="status">
          <AlertTitle>{t("checkProblem")}</AlertTitle>
          <AlertDescription>
            <p>{translate(d.lastCheckError)}</p>
          </AlertDescription>
        </Alert>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("status.title")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Fact label={t("status.domain")}>
              <DomainStatusBadge status={d.status} />
            </Fact>
            <Fact label={t("status.certificate")}>
              <SslBadge status={d.sslStatus} />
              {d.sslIssuer ? (
                <span className="text-sm text-muted-foreground">
                  {t("status.issuedBy", { issuer: d.sslIssuer })}
                </span>
              ) : null}
            </Fact>
            <Fact label={t("status.certificateExpires")}>
              {d.sslExpiresAt ? (
                <>
                  <span>{format.dateTime(d.sslExpiresAt, "dateTimeZone")}</span>
                  <DaysLeft when={d.sslExpiresAt} className="text-sm" />
                </>
              ) : (
                <span className="text-muted-foreground">{t("status.unknown")}</span>
              )}
            </Fact>
            <Fact label={t("status.renews")}>
              {d.renewsOn ? (
                <>
                  <span>{formatDay(d.renewsOn)}</span>
                  <DaysLeft when={d.renewsOn} className="text-sm" />
                </>
              ) : (
                <span className="text-muted-foreground">{tDomains("notSet")}</span>
              )}
            </Fact>
            <Fact label={tDomains("project.label")}>
              {d.projectId === null ? (
                <span className="text-muted-foreground">{tDomains("project.none")}</span>
              ) : projects.isPending ? (
                <Skeleton className="h-5 w-32" />
              ) : (
                <Link
                  href={`/dashboard/projects/${d.projectId}`}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  {projectName(projects.data, d.projectId)}
                </Link>
              )}
            </Fact>
          </dl>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("nameservers.title")}</h2>
          </CardTitle>
          <CardDescription>{t("nameservers.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          {d.nameservers.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("nameservers.empty")}</p>
          ) : (
            <ul className="grid gap-1 font-mono text-sm">
              {d.nameservers.map((ns) => (
                <li key={ns} className="wrap-anywhere">
                  {ns}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>

      <RegistrationForm key={String(d.updatedAt)} domain={d} editable={editable} />

      <DnsRecords domain={d} editable={editable} />

      {editor ? <DeleteDomain id={d.id} name={d.name} /> : null}
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid content-start gap-1">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="grid justify-items-start gap-1">{children}</dd>
    </div>
  );
}

function CheckNow({ id, name }: { id: string; name: string }) {
  const t = useTranslations("domains.detail.check");
  const showError = useErrorToast();
  const translate = useTranslateMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const check = useMutation(
    trpc.domains.check.mutationOptions({
      onSuccess: async ({ domain }) => {
        await queryClient.invalidateQueries(trpc.domains.pathFilter());
        if (domain.lastCheckError)
          toast.warning(t("problem", { name, problem: translate(domain.lastCheckError) ?? "" }));
        else toast.success(t("passed", { name }));
      },
      onError: (error) => showError(error),
    }),
  );
  return (
    <div className="grid justify-items-end gap-1">
      <Button type="button" onClick={() => check.mutate({ id })} disabled={check.isPending}>
        {check.isPending ? (
          <LoaderCircle aria-hidden className="animate-spin" />
        ) : (
          <RefreshCw aria-hidden />
        )}
        {check.isPending ? t("pending") : t("button")}
      </Button>
      <p aria-live="polite" className="text-xs text-muted-foreground">
        {check.isPending ? t("progress") : ""}
      </p>
    </div>
  );
}

function DeleteDomain({ id, name }: { id: string; name: string }) {
  const t = useTranslations("domains.detail.remove");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.domains.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.domains.pathFilter());
        toast.success(t("removed", { name }));
        router.push("/dashboard/domains");
      },
      onError: (error) => showError(error),
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description", { name })}</CardDescription>
      </CardHeader>
      <CardContent>
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button
              type="button"
              variant="outline"
              className="text-destructive"
              disabled={remove.isPending}
            >
              <Trash2 aria-hidden />
              {t("button", { name })}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle className="wrap-anywhere">
                {t("confirmTitle", { name })}
              </AlertDialogTitle>
              <AlertDialogDescription>{t("confirmDescription")}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => remove.mutate({ id })}>
                {t("confirm")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </CardContent>
    </Card>
  );
}
