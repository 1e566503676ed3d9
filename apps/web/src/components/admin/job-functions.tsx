"use client";

import { useQuery } from "@tanstack/react-query";

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
import { formatDateTime, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

const statusTone: Record<string, "default" | "secondary" | "destructive" | "outline"> = {
  completed: "secondary",
  running: "default",
  sleeping: "outline",
  queued: "outline",
  failed: "destructive",
  cancelled: "outline",
};

/** Every background function: its trigger, and under the local runner its last run. */
export function JobFunctions() {
  const trpc = useTRPC();
  const jobs = useQuery(trpc.admin.jobs.list.queryOptions());

  if (jobs.isPending) return <Skeleton className="h-72 rounded-xl" />;
  if (jobs.isError) return <QueryError error={jobs.error} retry={() => void jobs.refetch()} />;

  const local = jobs.data.status.mode === "local";
  return (
    <section aria-labelledby="functions-title" className="grid gap-3">
      <div className="grid gap-1">
        <h2 id="functions-title" className="text-lg font-semibold">
          Background functions
        </h2>
        <p className="text-sm text-muted-foreground">
          {local
            ? "Run by this app's local runner. Times are UTC."
            : "Run by Inngest: its dashboard shows each run. Times are UTC."}
        </p>
      </div>
      <div className="overflow-x-auto rounded-xl border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Function</TableHead>
              <TableHead>Runs on</TableHead>
              {local ? (
                <>
                  <TableHead>Last run</TableHead>
                  <TableHead className="text-right">Waiting</TableHead>
                </>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {jobs.data.functions.map((fn) => (
              <TableRow key={fn.id}>
                <TableCell>
                  <span className="font-medium">{fn.name}</span>
                  <span className="block text-xs text-muted-foreground">{fn.id}</span>
                </TableCell>
                <TableCell className="text-sm">
                  {"cron" in fn.trigger ? (
                    <>
                      <code className="text-xs">{fn.trigger.cron}</code>
                      {fn.trigger.nextRunAt ? (
                        <span className="block text-xs text-muted-foreground">
                          next {formatRelative(fn.trigger.nextRunAt)}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    <>
                      event <code className="text-xs">{fn.trigger.event}</code>
                    </>
                  )}
                </TableCell>
                {local ? (
                  <>
                    <TableCell className="text-sm">
                      {fn.lastRun ? (
                        <span className="flex flex-wrap items-center gap-2">
                          <Badge variant={statusTone[fn.lastRun.status] ?? "outline"}>
                            {fn.lastRun.status}
                          </Badge>
                          {fn.lastRun.startedAt ? (
                            <time dateTime={fn.lastRun.startedAt.toISOString()}>
                              {formatDateTime(fn.lastRun.startedAt)}
                            </time>
                          ) : null}
                          {fn.lastRun.error ? (
                            <span className="block w-full text-xs text-destructive">
                              {fn.lastRun.error}
                            </span>
                          ) : null}
                        </span>
                      ) : (
                        <span className="text-muted-foreground">Not run yet</span>
                      )}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{fn.waiting}</TableCell>
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
