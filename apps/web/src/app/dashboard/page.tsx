import type { Metadata } from "next";

import { PageHeader } from "~/components/app-shell/app-shell";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { Overview } from "~/components/dashboard/overview/overview";
import { overviewQueries } from "~/components/dashboard/overview/queries";
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
  // Started, not awaited: the shell is sent at once and each card streams in when its query is
  // done (see SectionCard).
  for (const query of overviewQueries(trpc)) void prefetch(query);
  return (
    <HydrateClient>
      <Overview />
    </HydrateClient>
  );
}
