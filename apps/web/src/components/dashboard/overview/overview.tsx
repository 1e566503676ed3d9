"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense } from "react";

import { PageHeader } from "~/components/app-shell/app-shell";
import { ActivityCard } from "~/components/dashboard/overview/activity-card";
import { DomainsCard } from "~/components/dashboard/overview/domains-card";
import { ProjectsCard } from "~/components/dashboard/overview/projects-card";
import { SupportCard } from "~/components/dashboard/overview/support-card";
import { UsageCard } from "~/components/dashboard/overview/usage-card";
import { Badge } from "~/components/ui/badge";
import { Skeleton } from "~/components/ui/skeleton";
import { tierLabel } from "~/lib/roles";
import { useTRPC } from "~/trpc/react";

/** The client's home: work in progress, support, what is about to expire, and plan usage. */
export function Overview() {
  return (
    <>
      <Suspense
        fallback={
          <div className="grid gap-2">
            <Skeleton className="h-8 w-64" />
            <Skeleton className="h-5 w-48" />
          </div>
        }
      >
        <OrganizationHeader />
      </Suspense>
      <div className="grid gap-4 lg:grid-cols-2">
        <ProjectsCard />
        <SupportCard />
        <div className="lg:col-span-2">
          <UsageCard />
        </div>
        <DomainsCard />
        <ActivityCard />
      </div>
    </>
  );
}

function OrganizationHeader() {
  const trpc = useTRPC();
  const { data: org } = useSuspenseQuery(trpc.orgs.current.queryOptions());
  return (
    <PageHeader
      title={org.name}
      description="Your projects, support and plan at a glance."
      actions={<Badge className="px-2.5 py-1 text-sm">{tierLabel[org.plan.tier]} plan</Badge>}
    />
  );
}
