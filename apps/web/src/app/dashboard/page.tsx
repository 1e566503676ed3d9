import type { Metadata } from "next";

import { PageHeader } from "~/components/app-shell/app-shell";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { Overview } from "~/components/dashboard/overview/overview";
import { ACTIVITY_LIMIT } from "~/lib/pagination";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Overview" };

export default async function DashboardPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    return (
      <>
        <PageHeader
          title={`Welcome${me.name ? `, ${me.name.split(" ")[0]}` : ""}`}
          description="Arco works in organizations: your team, your plan and your work live there."
        />
        <NoOrganization />
      </>
    );
  }
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetch(trpc.projects.overview.queryOptions()),
    prefetch(trpc.tickets.overview.queryOptions()),
    prefetch(trpc.tickets.quota.queryOptions()),
    prefetch(trpc.domains.overview.queryOptions()),
    prefetch(trpc.files.usage.queryOptions()),
    prefetch(trpc.orgs.activity.queryOptions({ limit: ACTIVITY_LIMIT })),
  ]);
  return (
    <HydrateClient>
      <Overview />
    </HydrateClient>
  );
}
