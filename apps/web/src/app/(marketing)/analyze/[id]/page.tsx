import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AnalysisView } from "~/components/analysis/analysis-view";
import { displayUrl } from "~/lib/analysis";
import { getBrowserAuditTitles } from "~/lib/audit-titles";
import { loadAnalysis } from "~/lib/load-analysis";
import { currentUser } from "~/trpc/me";
import { HydrateClient } from "~/trpc/server";

export async function generateMetadata({ params }: PageProps<"/analyze/[id]">): Promise<Metadata> {
  const [analysis, t] = await Promise.all([
    loadAnalysis((await params).id),
    getTranslations("report.meta"),
  ]);
  return {
    title: t("analysisTitle", { site: displayUrl(analysis.url) }),
    // Result pages are reached by their id; the public copy is the share link.
    robots: { index: false, follow: false },
  };
}

export default async function AnalysisPage({ params }: PageProps<"/analyze/[id]">) {
  const { id } = await params;
  const [, me, auditTitles] = await Promise.all([
    loadAnalysis(id),
    currentUser(),
    getBrowserAuditTitles(),
  ]);
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
      <HydrateClient>
        <AnalysisView id={id} auditTitles={auditTitles} viewerEmail={me?.email ?? null} />
      </HydrateClient>
    </div>
  );
}
