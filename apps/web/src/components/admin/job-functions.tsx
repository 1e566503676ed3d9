"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useNow, useTranslations } from "next-intl";

import { QueryError } from "~/components/query-error";
import { Badge } from "~/components/ui/badge";
import { Skeleton } from "~/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { useTranslateMessage } from "~/lib/translate-message";
import { useTRPC } from "~/trpc/react";

const statusTone = {
  completed: "secondary",
  running: "default",
  sleeping: "outline",
  queued: "outline",
  failed: "destructive",
  cancelled: "outline",
} as const;

/** Every background function: its trigger, and under the local runner its last run. */
export function JobFunctions() {
  const t = useTranslations("admin.functions");
  // The functions are named in English where they are defined (`@arco/jobs`).
  const translate = useTranslateMessage();
  const format = useFormatter();
  const now = useNow();
  const trpc = useTRPC();
  const jobs = useQuery(trpc.admin.jobs.list.queryOptions());

  if (jobs.isPending) return <Skeleton className="h-72 rounded-xl" />;
  if (jobs.isError) return <QueryError error={jobs.error} retry={() => void jobs.refetch()} />;

  const local = jobs.data.status.mode === "local";
  return (
    <section aria-labelledby="functions-title" className="grid gap-3">
      <div className="grid gap-1">
        <h2 id="functions-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">
          {local ? t("descriptionLocal") : t("descriptionInngest")}
        </p>
      </div>
      <div className="overflow-x-auto rounded-xl border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("function")}</TableHead>
              <TableHead>{t("runsOn")}</TableHead>
              {local ? (
                <>
                  <TableHead>{t("lastRun")}</TableHead>
                  <TableHead className="text-right">{t("waiting")}</TableHead>
                </>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {jobs.data.functions.map((fn) => (
              <TableRow key={fn.id}>
                <TableCell>
                  <span className="font-medium">{translate(fn.name)}</span>
                  <span className="block text-xs text-muted-foreground" translate="no">
                    {fn.id}
                  </span>
                </TableCell>
                <TableCell className="text-sm">
                  {"cron" in fn.trigger ? (
                    <>
                      <code className="text-xs">{fn.trigger.cron}</code>
                      {fn.trigger.nextRunAt ? (
                        <span className="block text-xs text-muted-foreground">
                          {t("nextRun", { when: format.relativeTime(fn.trigger.nextRunAt, now) })}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    t.rich("event", {
                      event: fn.trigger.event,
                      code: (chunks) => <code className="text-xs">{chunks}</code>,
                    })
                  )}
                </TableCell>
                {local ? (
                  <>
                    <TableCell className="text-sm">
                      {fn.lastRun ? (
                        <span className="flex flex-wrap items-center gap-2">
                          <Badge variant={statusTone[fn.lastRun.status]}>
                            {t(`runStatus.${fn.lastRun.status}`)}
                          </Badge>
                          {fn.lastRun.startedAt ? (
                            <time dateTime={fn.lastRun.startedAt.toISOString()}>
                              {format.dateTime(fn.lastRun.startedAt, "dateTimeZone")}
                            </time>
                          ) : null}
                          {fn.lastRun.error ? (
                            <span className="block w-full text-xs text-destructive">
                              {fn.lastRun.error}
                            </span>
                          ) : null}
                        </span>
                      ) : (
                        <span className="text-muted-foreground">{t("notRunYet")}</span>
                      )}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {format.number(fn.waiting)}
                    </TableCell>
                  </>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
