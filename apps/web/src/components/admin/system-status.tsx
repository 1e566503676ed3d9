"use client";

import type { HealthReport } from "@arco/services/system";
import { useQuery } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Database, RefreshCw, Server, Workflow } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { QueryError } from "~/components/query-error";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
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

/** Rate limits, file storage and email: where each lives and whether it answers. */
function OtherParts({ redis, storage, email }: Pick<HealthReport, "redis" | "storage" | "email">) {
  const t = useTranslations("admin.system");
  const rows = [
    redis && {
      label: t("other.rateLimits"),
      where:
        redis.store === "memory"
          ? t("other.storeMemory")
          : redis.store === "redis"
            ? t("other.storeRedis")
            : t("other.storeUpstash"),
      status: redis.status,
    },
    storage && {
      label: t("other.fileStorage"),
      where: storage.kind === "s3" ? t("other.storageS3") : t("other.storageLocal"),
      status: storage.status,
    },
    email && {
      label: t("other.email"),
      where: email.provider === "resend" ? t("other.emailResend") : t("other.emailOutbox"),
      status: email.status,
    },
  ].filter((row) => !!row);
  return (
    <Card className="gap-4 md:col-span-2">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Server aria-hidden className="size-4 text-primary" />
          <h3>{t("other.title")}</h3>
        </CardTitle>
        <CardDescription>{t("other.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="divide-y">
          {rows.map((row) => (
            <Row key={row.label} label={row.label}>
              <span className="flex flex-wrap items-center gap-2">
                {row.where}
                <StatusBadge ok={row.status !== "degraded"}>
                  {t(`partStatus.${row.status}`)}
                </StatusBadge>
              </span>
            </Row>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}

export function SystemStatus() {
  const t = useTranslations("admin.system");
  const format = useFormatter();
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
          {t("title")}
          <StatusBadge ok={health.data.status === "ok"}>
            {health.data.status === "ok" ? t("healthy") : t("needsAttention")}
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
          {health.isFetching ? t("checking") : t("checkAgain")}
        </Button>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card className="gap-4">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Database aria-hidden className="size-4 text-primary" />
              <h3>{t("database.title")}</h3>
            </CardTitle>
            <CardDescription>
              {database.mode === "postgres"
                ? t("database.descriptionPostgres")
                : t("database.descriptionEmbedded")}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="divide-y">
              <Row label={t("database.mode")}>
                {database.mode === "postgres"
                  ? t("database.modePostgres")
                  : t("database.modeEmbedded")}
              </Row>
              <Row label={t("database.reachable")}>
                <StatusBadge ok={database.reachable}>
                  {database.reachable ? t("database.yes") : t("database.no")}
                </StatusBadge>
              </Row>
              <Row label={t("database.migrations")}>
                {database.migrations ? (
                  <StatusBadge ok={migrationsOk}>
                    {t("database.applied", {
                      applied: database.migrations.applied,
                      total: database.migrations.total,
                    })}
                  </StatusBadge>
                ) : (
                  t("database.unknown")
                )}
              </Row>
              {database.migrations?.latest ? (
                <Row label={t("database.latest")}>
                  <code className="text-xs">{database.migrations.latest}</code>
                </Row>
              ) : null}
            </dl>
            {database.error ? (
              <p className="mt-3 text-sm text-destructive">{database.error}</p>
            ) : null}
            {database.migrations && database.migrations.pending.length > 0 ? (
              <p className="mt-3 text-sm text-warning">
                {t.rich("database.pending", {
                  migrations: database.migrations.pending.join(", "),
                  code: (chunks) => <code>{chunks}</code>,
                })}
              </p>
            ) : null}
          </CardContent>
        </Card>

        {jobs ? (
          <Card className="gap-4">
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <Workflow aria-hidden className="size-4 text-primary" />
                <h3>{t("jobs.title")}</h3>
              </CardTitle>
              <CardDescription>{t("jobs.description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <dl className="divide-y">
                <Row label={t("jobs.connection")}>
                  <StatusBadge ok={jobs.connected}>
                    {jobs.connected ? t("jobs.connected") : t("jobs.notConnected")}
                  </StatusBadge>
                </Row>
                <Row label={t("jobs.mode")}>
                  {jobs.mode === "cloud"
                    ? t("jobs.modeCloud")
                    : jobs.mode === "dev"
                      ? t("jobs.modeDev")
                      : t("jobs.modeLocal")}
                </Row>
                {jobs.mode === "local" ? (
                  <Row label={t("jobs.lastRun")}>
                    {jobs.lastRunAt
                      ? format.dateTime(new Date(jobs.lastRunAt), "dateTimeZone")
                      : t("jobs.noneYet")}
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
                {jobs.connected ? null : ` ${t("jobs.untilConnected")}`}
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
