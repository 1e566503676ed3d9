"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { FolderKanban } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { StatusBadge } from "~/components/dashboard/projects/status-badge";
import { Progress } from "~/components/ui/progress";
import { useTRPC } from "~/trpc/react";

/** A due date is a calendar day ("2026-03-01"), not an instant: no time zone may shift it. */
const calendarDay = { dateStyle: "medium", timeZone: "UTC" } as const;

export function ProjectsCard() {
  const t = useTranslations("dashboard.overview.projects");
  return (
    <SectionCard
      title={t("title")}
      description={t("description")}
      icon={FolderKanban}
      link={{ href: "/dashboard/projects", label: t("all") }}
    >
      <RecentProjects />
    </SectionCard>
  );
}

function RecentProjects() {
  const t = useTranslations("dashboard.overview.projects");
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: projects } = useSuspenseQuery(trpc.projects.overview.queryOptions());
  return projects.recent.length === 0 ? (
    <Empty>{t("empty")}</Empty>
  ) : (
    <ul className="grid gap-4">
      {projects.recent.map((project) => (
        <li key={project.id} className="grid gap-1.5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link
              href={`/dashboard/projects/${project.id}`}
              className="min-w-0 truncate font-medium underline-offset-4 hover:underline"
            >
              {project.name}
            </Link>
            <StatusBadge status={project.status} />
          </div>
          <Progress
            value={project.completionPercent}
            aria-label={t("progressLabel", {
              name: project.name,
              percent: project.completionPercent,
            })}
          />
          <p className="text-xs text-muted-foreground">
            {t("complete", { percent: project.completionPercent })}
            {project.nextMilestone ? (
              <>
                {" · "}
                {project.nextMilestone.dueDate
                  ? t("nextDue", {
                      title: project.nextMilestone.title,
                      date: format.dateTime(new Date(project.nextMilestone.dueDate), calendarDay),
                    })
                  : t("next", { title: project.nextMilestone.title })}
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
