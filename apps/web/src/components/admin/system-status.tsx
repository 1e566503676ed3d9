"use client";

import type { HealthReport } from "@arco/services/system";
import { useQuery } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Database, RefreshCw, Server, Workflow } from "lucide-react";

import { QueryError } from "~/components/query-error";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { formatDateTime } from "~/lib/format";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

function StatusBadge({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <Badge
      variant="outline"
      className={cn(
        "gap-1",
        ok ? "border-success/40 text-success" : "border-warning/50 text-warning",
      )}
    >
      {ok ? <CircleCheck aria-hidden /> : <CircleAlert aria-hidden />}
      {children}
    </Badge>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-sm font-medium">{children}</dd>
    </div>
  );
}

const partLabel = { ok: "OK", degraded: "Failing", off: "Off" } as const;

/** Rate limits, file storage and email: where each lives and whether it answers. */
function OtherParts({ redis, storage, email }: Pick<HealthReport, "redis" | "storage" | "email">) {
  const rows = [
    redis && {
      label: "Rate limits",
      where:
        redis.store === "memory" ? "This process" : redis.store === "redis" ? "Redis" : "Upstash",
      status: redis.status,
    },
    storage && {
      label: "File storage",
      where: storage.kind === "s3" ? "S3 bucket" : "Local folder",
      status: storage.status,
    },
    email && {
      label: "Email",
      where: email.provider === "resend" ? "Resend" : "Outbox and mail drop (no provider)",
      status: email.status,
    },
  ].filter((row) => !!row);
  return (
    <Card className="gap-4 md:col-span-2">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Server aria-hidden className="size-4 text-primary" />
          <h3>Other services</h3>
        </CardTitle>
        <CardDescription>
          Where rate limits, files and emails go, and whether each answers.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="divide-y">
          {rows.map((row) => (
            <Row key={row.label} label={row.label}>
              <span className="flex flex-wrap items-center gap-2">
                {row.where}
                <StatusBadge ok={row.status !== "degraded"}>{partLabel[row.status]}</StatusBadge>
              </span>
            </Row>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}

export function SystemStatus() {
  const trpc = useTRPC();
  const health = useQuery(trpc.system.health.queryOptions());

  if (health.isPending) {
    return (
      <div className="grid gap-4 md:grid-cols-2">
        <Skeleton className="h-44 rounded-xl" />
        <Skeleton className="h-44 rounded-xl" />
      </div>
    );
  }
  if (health.isError) {
    return <QueryError error={health.error} retry={() => void health.refetch()} />;
  }

  const { database, jobs } = health.data;
  const migrationsOk = database.migrations !== null && database.migrations.pending.length === 0;

  return (
    <section aria-labelledby="status-title" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="status-title" className="flex items-center gap-3 text-lg font-semibold">
          System status
          <StatusBadge ok={health.data.status === "ok"}>
            {health.data.status === "ok" ? "Healthy" : "Needs attention"}
          </StatusBadge>
        </h2>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={health.isFetching}
          onClick={() => void health.refetch()}
        >
          <RefreshCw aria-hidden className={cn(health.isFetching && "animate-spin")} />
          {health.isFetching ? "Checking…" : "Check again"}
        </Button>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card className="gap-4">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Database aria-hidden className="size-4 text-primary" />
              <h3>Database</h3>
            </CardTitle>
            <CardDescription>
              {database.mode === "postgres"
                ? "PostgreSQL server (DATABASE_URL)."
                : "Embedded PGlite database (no DATABASE_URL set)."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="divide-y">
              <Row label="Mode">
                {database.mode === "postgres" ? "PostgreSQL" : "Embedded (PGlite)"}
              </Row>
              <Row label="Reachable">
                <StatusBadge ok={database.reachable}>
                  {database.reachable ? "Yes" : "No"}
                </StatusBadge>
              </Row>
              <Row label="Migrations">
                {database.migrations ? (
                  <StatusBadge ok={migrationsOk}>
                    {database.migrations.applied} of {database.migrations.total} applied
                  </StatusBadge>
                ) : (
                  "Unknown"
                )}
              </Row>
              {database.migrations?.latest ? (
                <Row label="Latest">
                  <code className="text-xs">{database.migrations.latest}</code>
                </Row>
              ) : null}
            </dl>
            {database.error ? (
              <p className="mt-3 text-sm text-destructive">{database.error}</p>
            ) : null}
            {database.migrations && database.migrations.pending.length > 0 ? (
              <p className="mt-3 text-sm text-warning">
                Pending: {database.migrations.pending.join(", ")}. Run <code>pnpm db:migrate</code>.
              </p>
            ) : null}
          </CardContent>
        </Card>

        {jobs ? (
          <Card className="gap-4">
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <Workflow aria-hidden className="size-4 text-primary" />
                <h3>Background jobs</h3>
              </CardTitle>
              <CardDescription>
                The work that happens on a schedule or after a request.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <dl className="divide-y">
                <Row label="Connected">
                  <StatusBadge ok={jobs.connected}>
                    {jobs.connected ? "Connected" : "Not connected"}
                  </StatusBadge>
                </Row>
                <Row label="Mode">
                  {jobs.mode === "cloud"
                    ? "Inngest"
                    : jobs.mode === "dev"
                      ? "Inngest dev server"
                      : "Local runner (this app)"}
                </Row>
                {jobs.mode === "local" ? (
                  <Row label="Last run">
                    {jobs.lastRunAt ? formatDateTime(new Date(jobs.lastRunAt)) : "None yet"}
                  </Row>
                ) : null}
              </dl>
              <p
                className={cn(
                  "mt-3 text-sm",
                  jobs.connected ? "text-muted-foreground" : "text-warning",
                )}
              >
                {jobs.message}
                {jobs.connected
                  ? null
                  : " Until then, work that runs after a request (such as welcome emails) does not happen."}
              </p>
            </CardContent>
          </Card>
        ) : null}
        <OtherParts
          redis={health.data.redis}
          storage={health.data.storage}
          email={health.data.email}
        />
      </div>
    </section>
  );
}
