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
  await Promise.all(overviewQueries(trpc).map((query) => prefetch(query)));
  return (
    <HydrateClient>
      <Overview />
    </HydrateClient>
  );
}
