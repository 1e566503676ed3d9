"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ChevronRight, Gauge, LoaderCircle, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { TrendChart } from "~/components/analysis/trend-chart";
import { useRunAnalysis } from "~/components/analysis/use-run-analysis";
import { PageHeader } from "~/components/app-shell/app-shell";
import { QueryError } from "~/components/query-error";
import { UrlForm } from "~/components/url-form";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { displayUrl, failureKey } from "~/lib/analysis";
import type { AnalysisStatus } from "~/lib/analysis";
import { ANALYSES_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { scoreTone } from "~/lib/score";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

/**
 * The signed-in history: the pages analyzed, and for the chosen one its score trend, its runs
 * and a one-click re-run.
 */
export function AnalysesView({ selected }: { selected: string | null }) {
  const trpc = useTRPC();
  const pages = useQuery(trpc.analyses.pages.queryOptions());
  const t = useTranslations("dashboard.analyses");
  const format = useFormatter();

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ListStates
        query={pages}
        items={pages.data}
        loadingLabel={t("loading")}
        rows={1}
        rowClassName="h-64 rounded-xl"
        empty={<FirstAnalysis />}
      >
        {(analyzed) =>
          selected ? (
            <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
              <nav aria-label={t("pagesNav")} className="grid gap-2">
                <h2 className="px-1 text-sm font-medium text-muted-foreground">
                  {t("pageCount", { count: analyzed.length })}
                </h2>
                <ul className="grid max-h-72 gap-1 overflow-y-auto rounded-xl border bg-card p-1.5 shadow-sm lg:max-h-none">
                  {analyzed.map((page) => {
                    const active = page.normalizedUrl === selected;
                    return (
                      <li key={page.normalizedUrl}>
                        <Link
                          href={{
                            pathname: "/dashboard/analyses",
                            query: { page: page.normalizedUrl },
                          }}
                          aria-current={active ? "page" : undefined}
                          scroll={false}
                          className={cn(
                            "flex items-center gap-2 rounded-lg px-3 py-2 text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                            active ? "bg-accent text-accent-foreground" : "hover:bg-accent/60",
                          )}
                        >
                          <span className="grid min-w-0 flex-1 gap-0.5">
                            <span className="truncate font-medium">
                              {displayUrl(page.normalizedUrl)}
                            </span>
                            <span className="text-xs text-muted-foreground">
                              {page.lastRunAt
                                ? t("runCountLast", {
                                    count: page.runs,
                                    date: format.dateTime(page.lastRunAt, "date"),
                                  })
                                : t("runCount", { count: page.runs })}
                            </span>
                          </span>
                          {page.lastStatus === "done" && page.lastScore !== null ? (
                            <span
                              className={cn(
                                "text-sm font-semibold tabular-nums",
                                scoreTone(page.lastScore).text,
                              )}
                            >
                              <span className="sr-only">{t("latestScore")}</span>
                              {page.lastScore}
                            </span>
                          ) : null}
                          <ChevronRight
                            aria-hidden
                            className={cn(
                              "size-4 shrink-0 text-muted-foreground",
                              active && "text-primary",
                            )}
                          />
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
              <PageDetail key={selected} url={selected} />
            </div>
          ) : (
            <FirstAnalysis />
          )
        }
      </ListStates>
    </>
  );
}

/** The history's empty state: its call to action is the analysis form itself. */
function FirstAnalysis() {
  const t = useTranslations("dashboard.analyses.first");
  return (
    <Card>
      <CardContent className="mx-auto grid w-full max-w-xl justify-items-center gap-6 py-6 text-center">
        <span className="grid size-12 place-items-center rounded-full bg-primary/10 text-primary">
          <Gauge aria-hidden className="size-6" />
        </span>
        <div className="grid gap-2">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="text-muted-foreground">{t("body")}</p>
        </div>
        <UrlForm className="w-full text-left" hint={t("hint")} />
      </CardContent>
    </Card>
  );
}

function PageDetail({ url }: { url: string }) {
  const trpc = useTRPC();
  const trend = useQuery(trpc.analyses.trend.queryOptions({ url }));
  const rerun = useRunAnalysis();
  const t = useTranslations("dashboard.analyses");
  const label = displayUrl(url);

  return (
    <section aria-labelledby="page-title" className="grid min-w-0 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid min-w-0 gap-1">
          <h2 id="page-title" className="text-xl font-semibold wrap-anywhere">
            {label}
          </h2>
          <p className="text-sm break-all text-muted-foreground">{url}</p>
        </div>
        <Button
          type="button"
          onClick={() => rerun.mutate({ url })}
          disabled={rerun.isPending || rerun.isSuccess}
          aria-label={t("rerunLabel", { page: label })}
        >
          {rerun.isPending || rerun.isSuccess ? (
            <LoaderCircle aria-hidden className="animate-spin" />
          ) : (
            <RefreshCw aria-hidden />
          )}
          {t("rerun")}
        </Button>
      </div>

      <Card className="gap-4">
        <CardHeader>
          <CardTitle>
            <h3>{t("trend.title")}</h3>
          </CardTitle>
          <CardDescription>{t("trend.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          {trend.isPending ? (
            <Skeleton className="h-72 w-full" />
          ) : trend.isError ? (
            <QueryError error={trend.error} retry={() => void trend.refetch()} />
          ) : trend.data.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("trend.empty")}</p>
          ) : (
            <TrendChart points={trend.data} pageLabel={label} />
          )}
        </CardContent>
      </Card>

      <RunsList url={url} />
    </section>
  );
}

const runningStatuses: AnalysisStatus[] = ["queued", "fetching", "analyzing"];

function RunsList({ url }: { url: string }) {
  const trpc = useTRPC();
  const runs = useInfiniteQuery(
    trpc.analyses.list.infiniteQueryOptions(
      { url, limit: ANALYSES_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );
  const rows = runs.data?.pages.flatMap((page) => page.items);
  const t = useTranslations("dashboard.analyses.runs");
  const format = useFormatter();

  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>
          <h3>{t("title")}</h3>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-4 px-0 sm:px-6">
        <ListStates
          query={runs}
          items={rows}
          loadingLabel={t("loading")}
          rows={3}
          rowClassName="h-10"
          stateClassName="px-6 sm:px-0"
          empty={
            <EmptyState icon={Gauge} title={t("emptyTitle")}>
              {t("emptyBody")}
            </EmptyState>
          }
        >
          {(history) => (
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-5 sm:pl-3">{t("run")}</TableHead>
                  <TableHead>{t("result")}</TableHead>
                  <TableHead className="pr-5 text-right sm:pr-3">
                    <span className="sr-only">{t("report")}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {history.map((run) => (
                  <TableRow key={run.id}>
                    <TableCell className="pl-5 sm:pl-3">
                      <span className="grid gap-0.5">
                        <span className="font-medium">
                          {format.dateTime(run.createdAt, "dateTime")}
                        </span>
                        {run.url !== url ? (
                          <span className="max-w-48 truncate text-xs text-muted-foreground sm:max-w-md">
                            {run.url}
                          </span>
                        ) : null}
                      </span>
                    </TableCell>
                    <TableCell>
                      <RunResult status={run.status} score={run.score} errorCode={run.errorCode} />
                    </TableCell>
                    <TableCell className="pr-5 text-right sm:pr-3">
                      <Link
                        href={`/analyze/${run.id}`}
                        className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
                      >
                        {t.rich("view", {
                          date: format.dateTime(run.createdAt, "dateTime"),
                          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                        })}
                        <ChevronRight aria-hidden className="size-4" />
                      </Link>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </ListStates>
      </CardContent>
    </Card>
  );
}

function RunResult({
  status,
  score,
  errorCode,
}: {
  status: AnalysisStatus;
  score: number | null;
  errorCode: string | null;
}) {
  const t = useTranslations("dashboard.analyses.result");
  const tFailures = useTranslations("report.failures");
  if (runningStatuses.includes(status)) {
    return (
      <Badge variant="outline">
        <LoaderCircle aria-hidden className="animate-spin" />
        {t("running")}
      </Badge>
    );
  }
  if (status === "failed") {
    return (
      <span className="grid gap-0.5">
        <Badge variant="outline" className="border-destructive/40 text-destructive">
          {t("failed")}
        </Badge>
        <span className="text-xs text-muted-foreground">
          {tFailures(`${failureKey(errorCode)}.title`)}
        </span>
      </span>
    );
  }
  if (score === null) return <span className="text-sm text-muted-foreground">{t("noScore")}</span>;
  return (
    <span
      className={cn(
        "text-base font-semibold whitespace-nowrap tabular-nums",
        scoreTone(score).text,
      )}
    >
      {score}
      <span className="text-xs font-normal text-muted-foreground">{t("outOf")}</span>
    </span>
  );
}
