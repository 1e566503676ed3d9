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
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";

import { AnalysisProgress } from "~/components/analysis/analysis-progress";
import { EmailReportForm, SignUpPromptForm } from "~/components/analysis/lead-forms";
import { AnalysisReport } from "~/components/analysis/report/analysis-report";
import { useFailureMessage } from "~/components/analysis/report/labels";
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
import { isFinished, parseReport, POLL_GIVE_UP_MS, pollDelay } from "~/lib/analysis";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

/** Failures that another attempt can't fix: the address itself is the problem. */
const PERMANENT = new Set(["INVALID_URL", "SSRF_BLOCKED", "NOT_HTML"]);

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
  const t = useTranslations("report.view");
  const failureMessage = useFailureMessage();
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
      ? analysis.score === null
        ? t("announceDoneUnscored")
        : t("announceDone", { score: analysis.score })
      : analysis.status === "failed"
        ? t("announceFailed", { reason: failureMessage(analysis.errorCode).title })
        : t(`stage.${analysis.status}`);

  // At least a screen tall while the run is under way (or failed), like the report that
  // replaces the progress: the footer stays below the fold instead of jumping when it arrives.
  return (
    <div className="grid min-h-svh content-start gap-8">
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
              <AlertTitle>{t("slowTitle")}</AlertTitle>
              <AlertDescription>
                <p>{t("slowBody")}</p>
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
                {t("checkAgain")}
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
              <AlertTitle>{t("unreadableTitle")}</AlertTitle>
              <AlertDescription>
                <p>{t("unreadableBody")}</p>
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
  const t = useTranslations("report.view");
  const failureMessage = useFailureMessage();
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
              {t("retryAddress")}
            </Button>
          ) : null}
        </AlertDescription>
      </Alert>
      <Card>
        <CardContent>
          <UrlForm label={t("otherAddress")} defaultValue={url} />
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
  const t = useTranslations("report.actions");
  const showError = useErrorToast();
  const trpc = useTRPC();
  const share = useMutation(trpc.analyses.share.mutationOptions());
  const rerun = useRunAnalysis();
  const [link, setLink] = useState<string | null>(null);
  const linkId = useId();

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      toast.success(t("copied"));
    } catch {
      toast.message(t("copyManually"));
    }
  }

  async function onShare() {
    try {
      const token = shareToken ?? (await share.mutateAsync({ id })).shareToken;
      const href = new URL(`/r/${token}`, window.location.origin).href;
      setLink(href);
      await copy(href);
    } catch (error) {
      showError(error);
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
          {t("share")}
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
          {t("rerun")}
        </Button>
        <Dialog>
          <DialogTrigger asChild>
            <Button type="button" variant="outline">
              <Mail aria-hidden />
              {t("email")}
            </Button>
          </DialogTrigger>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>{t("email")}</DialogTitle>
              <DialogDescription>{t("emailDescription")}</DialogDescription>
            </DialogHeader>
            <EmailReportForm analysisId={id} defaultEmail={viewerEmail} />
          </DialogContent>
        </Dialog>
        {historyPage ? (
          <Button asChild variant="ghost">
            <Link href={{ pathname: "/dashboard/analyses", query: { page: historyPage } }}>
              <History aria-hidden />
              {t("history")}
            </Link>
          </Button>
        ) : null}
        {viewerEmail === null ? (
          <Button asChild variant="ghost">
            <a href="#save-history">
              <UserPlus aria-hidden />
              {t("signUp")}
            </a>
          </Button>
        ) : null}
      </div>
      {link ? (
        <div className="grid max-w-xl gap-2">
          <Label htmlFor={linkId}>{t("shareLink")}</Label>
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
              {t("copy")}
            </Button>
          </div>
          <p className="text-xs text-muted-foreground">{t("shareNote")}</p>
        </div>
      ) : null}
    </div>
  );
}

function SaveHistory({ analysisId, url }: { analysisId: string; url: string }) {
  const t = useTranslations("report.saveHistory");
  return (
    <section id="save-history" aria-labelledby="save-history-title" className="scroll-mt-24">
      <Card className="border-primary/30 bg-primary/5">
        <CardHeader>
          <CardTitle>
            <h2 id="save-history-title" className="text-lg">
              {t("title")}
            </h2>
          </CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent className="max-w-xl">
          <SignUpPromptForm analysisId={analysisId} url={url} />
        </CardContent>
      </Card>
    </section>
  );
}
