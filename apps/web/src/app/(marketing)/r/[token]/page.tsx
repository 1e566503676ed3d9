import { TRPCError } from "@trpc/server";
import { ArrowRight, Eye } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { AnalysisReport } from "~/components/analysis/report/analysis-report";
import { ReportHeader } from "~/components/analysis/report-header";
import { UrlForm } from "~/components/url-form";
import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { displayUrl, parseReport } from "~/lib/analysis";
import { browserAuditTitles } from "~/lib/audit-titles";
import { getCaller } from "~/trpc/server";

/** The public copy: the page and its results, nothing about who ran it. */
const loadShared = cache(async (token: string) => {
  try {
    return await (await getCaller()).analyses.shared({ token });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps<"/r/[token]">): Promise<Metadata> {
  const { token } = await params;
  const shared = await loadShared(token);
  const site = displayUrl(shared.url);
  const title =
    shared.score === null ? `Website report for ${site}` : `${site} scores ${shared.score}/100`;
  const description = `SEO, performance, security, accessibility and best practices of ${site}, checked by Arco, with the fixes that matter.`;
  return {
    title,
    description,
    // Reports are shared by link, not meant to be found through search engines.
    robots: { index: false, follow: false },
    openGraph: { title, description, type: "article", url: `/r/${token}`, siteName: "Arco" },
    twitter: { card: "summary", title, description },
  };
}

export default async function SharedReportPage({ params }: PageProps<"/r/[token]">) {
  const { token } = await params;
  const shared = await loadShared(token);
  const report = parseReport(shared.report);

  return (
    <div className="mx-auto grid w-full max-w-5xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <div className="flex flex-wrap items-end justify-between gap-6">
        <ReportHeader
          url={shared.url}
          finalUrl={report?.url}
          analyzedAt={shared.createdAt}
          eyebrow="Shared report"
        />
        <Button asChild size="lg">
          <Link href="#analyze-your-own">
            Analyze your own site
            <ArrowRight aria-hidden />
          </Link>
        </Button>
      </div>
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Eye aria-hidden className="size-4 shrink-0" />A read-only copy of this analysis, shared by
        link. The page may have changed since.
      </p>

      {report ? (
        <AnalysisReport report={report} auditTitles={browserAuditTitles} />
      ) : (
        <Alert variant="warning">
          <AlertTitle>This report can’t be shown</AlertTitle>
          <AlertDescription>
            <p>It was made by an earlier version of Arco. Analyze the page again for a new one.</p>
          </AlertDescription>
        </Alert>
      )}

      <section
        id="analyze-your-own"
        aria-labelledby="analyze-your-own-title"
        className="scroll-mt-24 rounded-2xl bg-primary px-6 py-10 text-primary-foreground sm:px-10"
      >
        <div className="grid gap-6 lg:grid-cols-2 lg:items-center">
          <div>
            <h2 id="analyze-your-own-title" className="text-2xl font-semibold tracking-tight">
              Analyze your own site
            </h2>
            <p className="mt-2 opacity-90">Free, no account needed, and ready in seconds.</p>
          </div>
          <div className="rounded-xl bg-background p-5 text-foreground shadow-lg">
            <UrlForm />
          </div>
        </div>
      </section>
    </div>
  );
}
