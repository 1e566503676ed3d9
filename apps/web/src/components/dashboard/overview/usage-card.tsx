"use client";

import { useSuspenseQueries } from "@tanstack/react-query";
import { Gauge, Sparkles } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { SectionCard } from "~/components/dashboard/overview/section-card";
import { UsageMeter } from "~/components/dashboard/usage-meter";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { useTRPC } from "~/trpc/react";

/** Every allowance of the plan, against what the organization uses now. */
export function UsageCard() {
  const t = useTranslations("dashboard.overview.usage");
  return (
    <SectionCard title={t("title")} description={t("description")} icon={Gauge}>
      <PlanUsage />
    </SectionCard>
  );
}

type Allowance = "tickets" | "storage" | "projects" | "domains" | "team";

function PlanUsage() {
  const formatBytes = useFormatBytes();
  const t = useTranslations("dashboard.overview.usage");
  const format = useFormatter();
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
  const seats = org.memberCount + org.pendingInvitations;
  // A limit counts as reached once something was used up to it. The team's first seat is the
  // owner's own, so a team of one on a one-seat plan hasn't reached anything yet.
  const usage: [Allowance, number, number | null][] = [
    ["tickets", quota.used, quota.limit],
    ["storage", files.usedBytes, files.limitBytes],
    ["projects", projects.counts.active, plan.maxProjects],
    ["domains", domains.total, plan.maxDomains],
    ["team", seats > 1 ? seats : 0, plan.maxMembers],
  ];
  const reached = usage
    .filter(([, used, limit]) => limit !== null && used > 0 && used >= limit)
    .map(([allowance]) => t(`limits.${allowance}`));
  return (
    <>
      <div className="grid gap-5 md:grid-cols-2">
        <UsageMeter
          id="usage-tickets"
          label={t("tickets")}
          used={quota.used}
          limit={quota.limit}
          unit={t("ticketsUnit")}
          note={t("ticketsNote", { date: format.dateTime(quota.periodEnd, "date") })}
        />
        <UsageMeter
          id="usage-storage"
          label={t("storage")}
          used={files.usedBytes}
          limit={files.limitBytes}
          format={formatBytes}
          unit={t("storageUnit")}
        />
        <UsageMeter
          id="usage-projects"
          label={t("projects")}
          used={projects.counts.active}
          limit={plan.maxProjects}
          unit={t("projectsUnit")}
        />
        <UsageMeter
          id="usage-domains"
          label={t("domains")}
          used={domains.total}
          limit={plan.maxDomains}
        />
        <UsageMeter
          id="usage-team"
          label={t("team")}
          used={seats}
          limit={plan.maxMembers}
          unit={t("teamUnit")}
          // Only the owner on a one-seat plan: full, but nothing to warn about.
          warnAt={seats > 1 ? 1 : Infinity}
        />
      </div>
      {reached.length > 0 ? (
        <p className="flex items-start gap-2 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
          <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          <span>
            {t.rich("limitReached", {
              limits: format.list(reached, { type: "conjunction" }),
              link: (chunks) => (
                <Link
                  href="/dashboard/billing#plans"
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </span>
        </p>
      ) : null}
    </>
  );
}
