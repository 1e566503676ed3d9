import { DEFAULT_METRICS_PERIOD } from "@arco/api/schemas/metrics";
import { staffAllows } from "@arco/services/roles";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { JobFunctions } from "~/components/admin/job-functions";
import { BusinessMetrics } from "~/components/admin/metrics/business-metrics";
import { metricsQuery } from "~/components/admin/metrics/queries";
import { SystemStatus } from "~/components/admin/system-status";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.overview");
  return { title: t("metaTitle") };
}

/** How the installation runs, and for agency admins the business above it. */
export default async function AdminOverviewPage() {
  const [me, t] = await Promise.all([requireStaff(), getTranslations("admin.overview")]);
  const readsMetrics = staffAllows(me.staffRole, "readMetrics");
  await Promise.all([
    prefetch(trpc.system.health.queryOptions()),
    prefetch(trpc.admin.jobs.list.queryOptions()),
    readsMetrics ? prefetch(metricsQuery(trpc, DEFAULT_METRICS_PERIOD)) : null,
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      {readsMetrics ? <BusinessMetrics /> : null}
      <SystemStatus />
      <JobFunctions />
    </HydrateClient>
  );
}
