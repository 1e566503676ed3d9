"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { FolderKanban } from "lucide-react";
import Link from "next/link";

import { Empty, SectionCard } from "~/components/dashboard/overview/section-card";
import { Badge } from "~/components/ui/badge";
import { Progress } from "~/components/ui/progress";
import { formatDate } from "~/lib/format";
import { humanize } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

export function ProjectsCard() {
  return (
    <SectionCard
      title="Projects"
      description="Work in progress and what comes next."
      icon={FolderKanban}
      link={{ href: "/dashboard/projects", label: "All projects" }}
    >
      <RecentProjects />
    </SectionCard>
  );
}

function RecentProjects() {
  const trpc = useTRPC();
  const { data: projects } = useSuspenseQuery(trpc.projects.overview.queryOptions());
  return projects.recent.length === 0 ? (
    <Empty>No projects in progress.</Empty>
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
            <Badge variant="secondary">{humanize(project.status)}</Badge>
          </div>
          <Progress
            value={project.completionPercent}
            aria-label={`${project.name}: ${project.completionPercent}% complete`}
          />
          <p className="text-xs text-muted-foreground">
            {project.completionPercent}% complete
            {project.nextMilestone
              ? ` · Next: ${project.nextMilestone.title}${
                  project.nextMilestone.dueDate
                    ? ` (${formatDate(new Date(project.nextMilestone.dueDate))})`
                    : ""
                }`
              : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
