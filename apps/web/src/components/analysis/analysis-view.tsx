"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import {
  Copy,
  History,
  Link2,
  LoaderCircle,
  Mail,
  RefreshCw,
  SearchX,
  UserPlus,
} from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";

import { AnalysisProgress } from "~/components/analysis/analysis-progress";
import { EmailReportForm, SignUpPromptForm } from "~/components/analysis/lead-forms";
import { AnalysisReport } from "~/components/analysis/report/analysis-report";
import { ReportHeader } from "~/components/analysis/report-header";
import { ReportSkeleton } from "~/components/analysis/report-skeleton";
import { useRunAnalysis } from "~/components/analysis/use-run-analysis";
import { QueryError } from "~/components/query-error";
import { UrlForm } from "~/components/url-form";
import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "~/components/ui/dialog";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import {
  failureMessage,
  isFinished,
  parseReport,
  POLL_GIVE_UP_MS,
  pollDelay,
} from "~/lib/analysis";
import type { AnalysisStatus } from "~/lib/analysis";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** Failures that another attempt can't fix: the address itself is the problem. */
const PERMANENT = new Set(["INVALID_URL", "SSRF_BLOCKED", "NOT_HTML"]);

const stageText: Record<AnalysisStatus, string> = {
  queued: "Waiting to start…",
  fetching: "Fetching the page…",
  analyzing: "Analyzing…",
  done: "",
  failed: "",
};

/**
 * The result page of one analysis: live progress while it runs (polling `byId`), then the
 * report with its actions, or what went wrong and how to go on.
 */
export function AnalysisView({
  id,
  auditTitles,
  viewerEmail,
}: {
  id: string;
  auditTitles: Record<string, string>;
  /** The signed-in person's address; null for visitors without an account. */
  viewerEmail: string | null;
}) {
  const trpc = useTRPC();
  // Polling stops after POLL_GIVE_UP_MS (the page says so and offers to check again).
  const [pollingSince, setPollingSince] = useState(() => Date.now());
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGaveUp(true), POLL_GIVE_UP_MS - (Date.now() - pollingSince));
    return () => clearTimeout(timer);
  }, [pollingSince]);
  const query = useQuery(
    trpc.analyses.byId.queryOptions(
      { id },
      {
        refetchInterval: (q) => {
          const status = q.state.data?.status;
          if (gaveUp || (status && isFinished(status))) return false;
          return pollDelay(q.state.dataUpdateCount);
        },
      },
    ),
  );

  if (!query.data) {
    if (query.isError) {
      return <QueryError error={query.error} retry={() => void query.refetch()} />;
    }
    return <ReportSkeleton />;
  }

  const analysis = query.data;
  const report = analysis.status === "done" ? parseReport(analysis.report) : null;
  const announcement =
    analysis.status === "done"
      ? `Analysis complete. Overall score ${analysis.score ?? "not available"}${analysis.score === null ? "" : " out of 100"}.`
      : analysis.status === "failed"
        ? `The analysis failed: ${failureMessage(analysis.errorCode).title}.`
        : stageText[analysis.status];

  return (
    <div className="grid gap-8">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <ReportHeader
        url={analysis.url}
        finalUrl={report?.url}
        analyzedAt={analysis.status === "done" ? analysis.createdAt : undefined}
        durationMs={analysis.status === "done" ? analysis.durationMs : undefined}
      />

      {analysis.status === "failed" ? (
        <FailedRun url={analysis.url} code={analysis.errorCode} />
      ) : analysis.status !== "done" ? (
        <>
          <AnalysisProgress
            status={analysis.status}
            url={analysis.url}
            queuePosition={analysis.queuePosition}
            announce={false}
          />
          {gaveUp ? (
            <Alert variant="warning">
              <AlertTitle>This is taking longer than usual</AlertTitle>
              <AlertDescription>
                <p>The page stopped checking for now; the analysis may still finish.</p>
              </AlertDescription>
              <Button
                type="button"
                variant="outline"
                size="sm"
                className="mt-2"
                onClick={() => {
                  setGaveUp(false);
                  setPollingSince(Date.now());
                  void query.refetch();
                }}
              >
                Check again
              </Button>
            </Alert>
          ) : null}
        </>
      ) : (
        <>
          <ReportActions
            id={analysis.id}
            url={analysis.url}
            shareToken={analysis.shareToken}
            viewerEmail={viewerEmail}
            historyPage={analysis.isMine ? analysis.normalizedUrl : null}
          />
          {report ? (
            <AnalysisReport report={report} auditTitles={auditTitles} />
          ) : (
            <Alert variant="warning">
              <SearchX aria-hidden />
              <AlertTitle>This report can’t be shown</AlertTitle>
              <AlertDescription>
                <p>
                  It was made by an earlier version of Arco and its format has changed since. Re-run
                  the analysis for an up-to-date report.
                </p>
              </AlertDescription>
            </Alert>
          )}
          {viewerEmail === null ? (
            <SaveHistory analysisId={analysis.id} url={analysis.url} />
          ) : null}
        </>
      )}
    </div>
  );
}

function FailedRun({ url, code }: { url: string; code: string | null }) {
  const { title, message } = failureMessage(code);
  const rerun = useRunAnalysis();
  return (
    <div className="grid gap-6">
      <Alert variant="destructive" role="alert">
        <SearchX aria-hidden />
        <AlertTitle className="text-base">{title}</AlertTitle>
        <AlertDescription>
          <p>{message}</p>
          {code && !PERMANENT.has(code) ? (
            <Button
              type="button"
              variant="outline"
              size="sm"
              className="mt-2"
              disabled={rerun.isPending || rerun.isSuccess}
              onClick={() => rerun.mutate({ url })}
            >
              {rerun.isPending || rerun.isSuccess ? (
                <LoaderCircle aria-hidden className="animate-spin" />
              ) : (
                <RefreshCw aria-hidden />
              )}
              Try this address again
            </Button>
          ) : null}
        </AlertDescription>
      </Alert>
      <Card>
        <CardContent>
          <UrlForm label="Try another address" defaultValue={url} />
        </CardContent>
      </Card>
    </div>
  );
}

function ReportActions({
  id,
  url,
  shareToken,
  viewerEmail,
  historyPage,
}: {
  id: string;
  url: string;
  shareToken: string | null;
  viewerEmail: string | null;
  /** The page in the signed-in owner's history, when the run is theirs. */
  historyPage: string | null;
}) {
  const trpc = useTRPC();
  const share = useMutation(trpc.analyses.share.mutationOptions());
  const rerun = useRunAnalysis();
  const [link, setLink] = useState<string | null>(null);
  const linkId = useId();

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      toast.success("Link copied. Anyone with it can read this report.");
    } catch {
      toast.message("Copy the link below to share the report.");
    }
  }

  async function onShare() {
    try {
      const token = shareToken ?? (await share.mutateAsync({ id })).shareToken;
      const href = new URL(`/r/${token}`, window.location.origin).href;
      setLink(href);
      await copy(href);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => void onShare()} disabled={share.isPending}>
          {share.isPending ? (
            <LoaderCircle aria-hidden className="animate-spin" />
          ) : (
            <Link2 aria-hidden />
          )}
          Share
        </Button>
        <Button
          type="button"
          variant="outline"
          onClick={() => rerun.mutate({ url })}
          disabled={rerun.isPending || rerun.isSuccess}
        >
          {rerun.isPending || rerun.isSuccess ? (
            <LoaderCircle aria-hidden className="animate-spin" />
          ) : (
            <RefreshCw aria-hidden />
          )}
          Re-run
        </Button>
        <Dialog>
          <DialogTrigger asChild>
            <Button type="button" variant="outline">
              <Mail aria-hidden />
              Email me this report
            </Button>
          </DialogTrigger>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>Email me this report</DialogTitle>
              <DialogDescription>
                We’ll send the scores and the top fixes, with a link to the full report.
              </DialogDescription>
            </DialogHeader>
            <EmailReportForm analysisId={id} defaultEmail={viewerEmail} />
          </DialogContent>
        </Dialog>
        {historyPage ? (
          <Button asChild variant="ghost">
            <Link href={{ pathname: "/dashboard/analyses", query: { page: historyPage } }}>
              <History aria-hidden />
              History of this page
            </Link>
          </Button>
        ) : null}
        {viewerEmail === null ? (
          <Button asChild variant="ghost">
            <a href="#save-history">
              <UserPlus aria-hidden />
              Sign up to save
            </a>
          </Button>
        ) : null}
      </div>
      {link ? (
        <div className="grid max-w-xl gap-2">
          <Label htmlFor={linkId}>Share link</Label>
          <div className="flex gap-2">
            <Input
              id={linkId}
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
              className="font-mono text-sm"
            />
            <Button type="button" variant="outline" onClick={() => void copy(link)}>
              <Copy aria-hidden />
              Copy
            </Button>
          </div>
          <p className="text-xs text-muted-foreground">
            The link shows this report, read-only, to anyone who has it. It says nothing about you.
          </p>
        </div>
      ) : null}
    </div>
  );
}

function SaveHistory({ analysisId, url }: { analysisId: string; url: string }) {
  return (
    <section id="save-history" aria-labelledby="save-history-title" className="scroll-mt-24">
      <Card className="border-primary/30 bg-primary/5">
        <CardHeader>
          <CardTitle>
            <h2 id="save-history-title" className="text-lg">
              Sign up to save your history
            </h2>
          </CardTitle>
          <CardDescription>
            A free account keeps every report, shows how each page’s score changes over time and
            re-runs an analysis in one click.
          </CardDescription>
        </CardHeader>
        <CardContent className="max-w-xl">
          <SignUpPromptForm analysisId={analysisId} url={url} />
        </CardContent>
      </Card>
    </section>
  );
}
