"use client";

import { useQuery } from "@tanstack/react-query";
import { Gauge, Sparkles } from "lucide-react";
import Link from "next/link";

import { SectionCard } from "~/components/dashboard/overview/section-card";
import { UsageMeter } from "~/components/dashboard/usage-meter";
import { formatBytes, formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

/** Every allowance of the plan, against what the organization uses now. */
export function UsageCard() {
  const trpc = useTRPC();
  const org = useQuery(trpc.orgs.current.queryOptions());
  // The support card's query: its quota is the month's ticket allowance.
  const tickets = useQuery(trpc.tickets.overview.queryOptions());
  const files = useQuery(trpc.files.usage.queryOptions());
  const projects = useQuery(trpc.projects.overview.queryOptions());
  const domains = useQuery(trpc.domains.overview.queryOptions());
  const all = [org, tickets, files, projects, domains];
  const failed = all.find((query) => query.isError);
  const query = {
    isPending: all.some((q) => q.isPending),
    isError: failed !== undefined,
    error: failed?.error,
    refetch: () => all.forEach((q) => void q.refetch()),
  };

  return (
    <SectionCard
      title="Plan usage"
      description={org.data ? `What the ${org.data.plan.name} plan allows, and what you use.` : ""}
      icon={Gauge}
      query={query}
    >
      {() => {
        const plan = org.data!.plan;
        const quota = tickets.data!.quota;
        const limits = [
          [quota.used, quota.limit],
          [files.data!.usedBytes, files.data!.limitBytes],
          [projects.data!.counts.active, plan.maxProjects],
          [domains.data!.total, plan.maxDomains],
          [org.data!.memberCount + org.data!.pendingInvitations, plan.maxMembers],
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
                used={files.data!.usedBytes}
                limit={files.data!.limitBytes}
                format={formatBytes}
                unit="used"
              />
              <UsageMeter
                id="usage-projects"
                label="Projects"
                used={projects.data!.counts.active}
                limit={plan.maxProjects}
                unit="active"
              />
              <UsageMeter
                id="usage-domains"
                label="Domains"
                used={domains.data!.total}
                limit={plan.maxDomains}
              />
              <UsageMeter
                id="usage-team"
                label="Team"
                used={org.data!.memberCount + org.data!.pendingInvitations}
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
      }}
    </SectionCard>
  );
}
