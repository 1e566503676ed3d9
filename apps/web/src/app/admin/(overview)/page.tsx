import type { Metadata } from "next";

import { PageHeader } from "~/components/app-shell/app-shell";
import { SystemStatus } from "~/components/admin/system-status";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Overview" };

export default async function AdminOverviewPage() {
  await requireStaff();
  await prefetch(trpc.system.health.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title="Admin overview" description="How this Arco installation is running." />
      <SystemStatus />
    </HydrateClient>
  );
}
