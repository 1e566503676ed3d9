"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, LoaderCircle, RefreshCw, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";

import { allows } from "@arco/services/roles";

import { PageHeader } from "~/components/app-shell/app-shell";
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
import { formatDate, formatDateTime } from "~/lib/format";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

import { DnsRecords } from "./dns-records";
import { DaysLeft, DomainStatusBadge, SslBadge } from "./domain-badges";
import { dateOnly } from "./list-options";
import { projectName, useProjectOptions } from "./project-select";
import { RegistrationForm } from "./registration-form";

export function DomainDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const domain = useQuery(trpc.domains.byId.queryOptions({ id }));
  const projects = useProjectOptions();

  if (current.isPending || domain.isPending) return <Skeleton className="h-60 rounded-xl" />;
  if (current.isError)
    return <QueryError error={current.error} retry={() => void current.refetch()} />;
  if (domain.isError)
    return <QueryError error={domain.error} retry={() => void domain.refetch()} />;

  const d = domain.data;
  const editor = allows(current.data.role, "manageDomains");

  return (
    <>
      <Link
        href="/dashboard/domains"
        className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All domains
      </Link>
      <PageHeader
        title={<span className="break-all">{d.name}</span>}
        description={
          d.lastCheckedAt ? `Last checked ${formatDateTime(d.lastCheckedAt)}.` : "Not checked yet."
        }
        actions={editor ? <CheckNow id={d.id} name={d.name} /> : null}
      />

      {d.lastCheckError ? (
        <Alert variant="warning" role="status">
          <AlertTitle>The last check found a problem</AlertTitle>
          <AlertDescription>
            <p>{d.lastCheckError}</p>
          </AlertDescription>
        </Alert>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Status</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Fact label="Domain">
              <DomainStatusBadge status={d.status} />
            </Fact>
            <Fact label="Certificate">
              <SslBadge status={d.sslStatus} />
              {d.sslIssuer ? (
                <span className="text-sm text-muted-foreground">Issued by {d.sslIssuer}</span>
              ) : null}
            </Fact>
            <Fact label="Certificate expires">
              {d.sslExpiresAt ? (
                <>
                  <span>{formatDate(d.sslExpiresAt)}</span>
                  <DaysLeft when={d.sslExpiresAt} className="text-sm" />
                </>
              ) : (
                <span className="text-muted-foreground">Unknown</span>
              )}
            </Fact>
            <Fact label="Renews">
              {d.renewsOn ? (
                <>
                  <span>{formatDate(dateOnly(d.renewsOn))}</span>
                  <DaysLeft when={d.renewsOn} className="text-sm" />
                </>
              ) : (
                <span className="text-muted-foreground">Not set</span>
              )}
            </Fact>
            <Fact label="Project">
              {d.projectId === null ? (
                <span className="text-muted-foreground">No project</span>
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
            <h2>Name servers</h2>
          </CardTitle>
          <CardDescription>
            Where the domain’s DNS is answered, as last seen or entered.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {d.nameservers.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              None known yet. Run a check or enter them below.
            </p>
          ) : (
            <ul className="grid gap-1 font-mono text-sm">
              {d.nameservers.map((ns) => (
                <li key={ns} className="break-all">
                  {ns}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>

      <RegistrationForm key={String(d.updatedAt)} domain={d} editable={editor} />

      <DnsRecords domain={d} editable={editor} />

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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const check = useMutation(
    trpc.domains.check.mutationOptions({
      onSuccess: async ({ domain }) => {
        await queryClient.invalidateQueries(trpc.domains.pathFilter());
        if (domain.lastCheckError) toast.warning(`Checked ${name}: ${domain.lastCheckError}`);
        else toast.success(`Checked ${name}: DNS answers and the certificate is valid.`);
      },
      onError: (error) => toast.error(errorMessage(error)),
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
        {check.isPending ? "Checking…" : "Check now"}
      </Button>
      <p aria-live="polite" className="text-xs text-muted-foreground">
        {check.isPending ? "Looking up DNS and reading the certificate…" : ""}
      </p>
    </div>
  );
}

function DeleteDomain({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.domains.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.domains.pathFilter());
        toast.success(`${name} was removed.`);
        router.push("/dashboard/domains");
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Remove domain</h2>
        </CardTitle>
        <CardDescription>
          Stops tracking {name} in Arco and deletes its DNS records here. The domain itself stays
          registered.
        </CardDescription>
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
              Remove {name}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Remove {name}?</AlertDialogTitle>
              <AlertDialogDescription>
                Its DNS records and expiry warnings in Arco are deleted. This cannot be undone.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Cancel</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => remove.mutate({ id })}>
                Remove domain
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </CardContent>
    </Card>
  );
}
