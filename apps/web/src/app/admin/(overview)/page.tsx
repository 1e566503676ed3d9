import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { JobFunctions } from "~/components/admin/job-functions";
import { SystemStatus } from "~/components/admin/system-status";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.overview");
  return { title: t("metaTitle") };
}

export default async function AdminOverviewPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations("admin.overview")]);
  await Promise.all([
    prefetch(trpc.system.health.queryOptions()),
    prefetch(trpc.admin.jobs.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <SystemStatus />
      <JobFunctions />
    </HydrateClient>
  );
}
