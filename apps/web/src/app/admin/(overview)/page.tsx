import type { Metadata } from "next";

import { PageHeader } from "~/components/app-shell/app-shell";
import { JobFunctions } from "~/components/admin/job-functions";
import { SystemStatus } from "~/components/admin/system-status";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Overview" };

export default async function AdminOverviewPage() {
  await requireStaff();
  await Promise.all([
    prefetch(trpc.system.health.queryOptions()),
    prefetch(trpc.admin.jobs.list.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PageHeader title="Admin overview" description="How this Arco installation is running." />
      <SystemStatus />
      <JobFunctions />
    </HydrateClient>
  );
}
