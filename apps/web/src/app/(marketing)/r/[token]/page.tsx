import { ArrowRight, Eye } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { AnalysisReport } from "~/components/analysis/report/analysis-report";
import { ReportHeader } from "~/components/analysis/report-header";
import { UrlForm } from "~/components/url-form";
import { Alert, AlertDescription, AlertTitle } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { displayUrl, parseReport } from "~/lib/analysis";
import { getBrowserAuditTitles } from "~/lib/audit-titles";

import { loadShared } from "./load-shared";

export async function generateMetadata({ params }: PageProps<"/r/[token]">): Promise<Metadata> {
  const { token } = await params;
  const [shared, t, locale] = await Promise.all([
    loadShared(token),
    getTranslations("report.meta"),
    getLocale(),
  ]);
  const site = displayUrl(shared.url);
  const title =
    shared.score === null
      ? t("sharedTitleUnscored", { site })
      : t("sharedTitle", { site, score: shared.score });
  const description = t("sharedDescription", { site });
  return {
    title,
    description,
    // Reports are shared by link, not meant to be found through search engines.
    robots: { index: false, follow: false },
    openGraph: {
      title,
      description,
      type: "article",
      url: `/r/${token}`,
      siteName: "Arco",
      locale: locale.replace("-", "_"),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function SharedReportPage({ params }: PageProps<"/r/[token]">) {
  const { token } = await params;
  const [shared, t, auditTitles] = await Promise.all([
    loadShared(token),
    getTranslations("report.shared"),
    getBrowserAuditTitles(),
  ]);
  const report = parseReport(shared.report);

  return (
    <div className="mx-auto grid w-full max-w-5xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <div className="flex flex-wrap items-end justify-between gap-6">
        <ReportHeader
          url={shared.url}
          finalUrl={report?.url}
          analyzedAt={shared.createdAt}
          eyebrow={t("eyebrow")}
        />
        <Button asChild size="lg">
          <Link href="#analyze-your-own">
            {t("analyzeOwn")}
            <ArrowRight aria-hidden />
          </Link>
        </Button>
      </div>
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Eye aria-hidden className="size-4 shrink-0" />
        {t("readOnly")}
      </p>

      {report ? (
        <AnalysisReport report={report} auditTitles={auditTitles} />
      ) : (
        <Alert variant="warning">
          <AlertTitle>{t("unreadableTitle")}</AlertTitle>
          <AlertDescription>
            <p>{t("unreadableBody")}</p>
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
              {t("analyzeOwn")}
            </h2>
            <p className="mt-2 opacity-90">{t("ctaBody")}</p>
          </div>
          <div className="rounded-xl bg-background p-5 text-foreground shadow-lg">
            <UrlForm />
          </div>
        </div>
      </section>
    </div>
  );
}
