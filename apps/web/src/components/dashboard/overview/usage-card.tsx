"use client";

import { useSuspenseQueries } from "@tanstack/react-query";
import { Gauge, Sparkles } from "lucide-react";
import Link from "next/link";

import { SectionCard } from "~/components/dashboard/overview/section-card";
import { UsageMeter } from "~/components/dashboard/usage-meter";
import { formatBytes, formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

/** Every allowance of the plan, against what the organization uses now. */
export function UsageCard() {
  return (
    <SectionCard
      title="Plan usage"
      description="What your plan allows, and what you use."
      icon={Gauge}
    >
      <PlanUsage />
    </SectionCard>
  );
}

function PlanUsage() {
  const trpc = useTRPC();
  const [{ data: org }, { data: tickets }, { data: files }, { data: projects }, { data: domains }] =
    useSuspenseQueries({
      queries: [
        trpc.orgs.current.queryOptions(),
        // The support card's query: its quota is the month's ticket allowance.
        trpc.tickets.overview.queryOptions(),
        trpc.files.usage.queryOptions(),
        trpc.projects.overview.queryOptions(),
        trpc.domains.overview.queryOptions(),
      ],
    });
  const plan = org.plan;
  const quota = tickets.quota;
  const limits = [
    [quota.used, quota.limit],
    [files.usedBytes, files.limitBytes],
    [projects.counts.active, plan.maxProjects],
    [domains.total, plan.maxDomains],
    [org.memberCount + org.pendingInvitations, plan.maxMembers],
  ] as const;
  const atLimit = limits.some(([used, limit]) => limit !== null && used >= limit);
  return (
    <>
      <div className="grid gap-5 md:grid-cols-2">
        <UsageMeter
          id="usage-tickets"
          label="Support tickets"
          used={quota.used}
          limit={quota.limit}
          unit="this month"
          note={`The count restarts on ${formatDate(quota.periodEnd)}.`}
        />
        <UsageMeter
          id="usage-storage"
          label="Storage"
          used={files.usedBytes}
          limit={files.limitBytes}
          format={formatBytes}
          unit="used"
        />
        <UsageMeter
          id="usage-projects"
          label="Projects"
          used={projects.counts.active}
          limit={plan.maxProjects}
          unit="active"
        />
        <UsageMeter
          id="usage-domains"
          label="Domains"
          used={domains.total}
          limit={plan.maxDomains}
        />
        <UsageMeter
          id="usage-team"
          label="Team"
          used={org.memberCount + org.pendingInvitations}
          limit={plan.maxMembers}
          unit="seats"
        />
      </div>
      {atLimit ? (
        <p className="flex items-start gap-2 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
          <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          <span>
            You have reached a limit of your plan.{" "}
            <Link
              href="/#pricing"
              className="font-medium text-primary underline-offset-4 hover:underline"
            >
              Compare plans
            </Link>{" "}
            to grow.
          </span>
        </p>
      ) : null}
    </>
  );
}
