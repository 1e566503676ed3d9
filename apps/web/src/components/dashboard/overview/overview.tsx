"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Suspense } from "react";

import { PageHeader } from "~/components/app-shell/app-shell";
import { ActivityCard } from "~/components/dashboard/overview/activity-card";
import { DomainsCard } from "~/components/dashboard/overview/domains-card";
import { ProjectsCard } from "~/components/dashboard/overview/projects-card";
import { SupportCard } from "~/components/dashboard/overview/support-card";
import { UsageCard } from "~/components/dashboard/overview/usage-card";
import { WelcomeCard } from "~/components/dashboard/overview/welcome-card";
import { Badge } from "~/components/ui/badge";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";

/**
 * The client's home: first steps for a new organization, work in progress, support, what is
 * about to expire, and plan usage. `now` is the server's time of the request: relative times
 * ("5 minutes ago") are counted from it, so the browser renders what the server sent.
 */
export function Overview({ now }: { now: number }) {
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
      <Suspense fallback={null}>
        <WelcomeCard />
      </Suspense>
      <div className="grid gap-4 lg:grid-cols-2">
        <ProjectsCard />
        <SupportCard now={now} />
        <div className="lg:col-span-2">
          <UsageCard />
        </div>
        <DomainsCard />
        <ActivityCard now={now} />
      </div>
    </>
  );
}

function OrganizationHeader() {
  const t = useTranslations("common");
  const tOverview = useTranslations("dashboard.overview");
  const trpc = useTRPC();
  const { data: org } = useSuspenseQuery(trpc.orgs.current.queryOptions());
  return (
    <PageHeader
      title={
        <span className="flex items-center gap-3">
          {org.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimize
            <img src={org.logoUrl} alt="" className="size-10 rounded-lg border object-contain" />
          ) : null}
          {org.name}
        </span>
      }
      description={tOverview("description")}
      actions={
        // A label, not a control: outlined and unfilled, so it doesn't read as a button.
        <Badge variant="outline" className="rounded-full font-normal text-muted-foreground">
          {t("tierPlan", { tier: t(`tiers.${org.plan.tier}`) })}
        </Badge>
      }
    />
  );
}
