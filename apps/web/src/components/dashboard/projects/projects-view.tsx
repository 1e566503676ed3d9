"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { CalendarDays, FolderKanban } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { allows } from "@arco/services/roles";
import { projectSorts, projectStatuses } from "@arco/api/schemas/projects";
import type { ProjectSort, ProjectStatus } from "@arco/api/schemas/projects";

import { PageHeader } from "~/components/app-shell/app-shell";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { QueryError } from "~/components/query-error";
import { Card, CardContent } from "~/components/ui/card";
import { Checkbox } from "~/components/ui/checkbox";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

import { defaultProjectFilters, projectsListInput } from "./list-input";
import type { ProjectFilters } from "./list-input";
import { NewProjectDialog } from "./new-project-dialog";
import { planCurrency, useProjectFormat } from "./project-format";
import { ProjectLimitPrompt } from "./project-limit";
import { ProjectProgress } from "./project-progress";
import { StatusBadge } from "./status-badge";

const ALL = "all";

export function ProjectsView() {
  const t = useTranslations("projects");
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const overview = useQuery(trpc.projects.overview.queryOptions());
  const [filters, setFilters] = useState<ProjectFilters>(defaultProjectFilters);
  const [searchText, setSearchText] = useState("");

  useEffect(() => {
    const timer = setTimeout(() => {
      const search = searchText.trim() || undefined;
      setFilters((f) => (f.search === search ? f : { ...f, search }));
    }, 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  if (current.isPending) return <Skeleton className="h-40 rounded-xl" />;
  if (current.isError) {
    return <QueryError error={current.error} retry={() => void current.refetch()} />;
  }

  const org = current.data;
  const canManage = allows(org.role, "manageProjects");
  const maxProjects = org.plan.maxProjects;
  const active = overview.data?.counts.active ?? 0;
  const atLimit = maxProjects !== null && overview.isSuccess && active >= maxProjects;

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={
          canManage
            ? t("list.descriptionManage", { org: org.name })
            : t("list.descriptionFollow", { org: org.name })
        }
        actions={
          canManage ? (
            <NewProjectDialog disabled={atLimit} currency={planCurrency(org.plan)} />
          ) : null
        }
      />

      {overview.isSuccess ? (
        <p className="-mt-4 text-sm text-muted-foreground">
          {maxProjects === null
            ? t("list.countUnlimited", { active, plan: org.plan.name })
            : t("list.countLimited", { active, max: maxProjects, plan: org.plan.name })}
        </p>
      ) : null}
      {atLimit && maxProjects !== null ? (
        <ProjectLimitPrompt
          planName={org.plan.name}
          maxProjects={maxProjects}
          canManage={canManage}
        />
      ) : null}

      <section aria-labelledby="project-filters-heading" className="grid gap-3">
        <h2 id="project-filters-heading" className="sr-only">
          {t("list.filtersHeading")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-[1fr_11rem_12rem] sm:items-end">
          <div className="grid gap-2">
            <Label htmlFor="project-search">{t("list.search")}</Label>
            <Input
              id="project-search"
              type="search"
              value={searchText}
              onChange={(event) => setSearchText(event.target.value)}
              maxLength={100}
            />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="project-status-filter">{t("list.status")}</Label>
            <Select
              value={filters.status ?? ALL}
              onValueChange={(value) =>
                setFilters((f) => ({
                  ...f,
                  status: value === ALL ? undefined : (value as ProjectStatus),
                }))
              }
            >
              <SelectTrigger id="project-status-filter" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ALL}>{t("list.allStatuses")}</SelectItem>
                {projectStatuses.map((status) => (
                  <SelectItem key={status} value={status}>
                    {t(`status.${status}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="project-sort">{t("list.sortBy")}</Label>
            <Select
              value={filters.sort}
              onValueChange={(value) => setFilters((f) => ({ ...f, sort: value as ProjectSort }))}
            >
              <SelectTrigger id="project-sort" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {projectSorts.map((sort) => (
                  <SelectItem key={sort} value={sort}>
                    {t(`list.sort.${sort}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </div>
        <div className="flex items-center gap-2">
          <Checkbox
            id="project-include-archived"
            checked={filters.includeArchived}
            onCheckedChange={(checked) =>
              setFilters((f) => ({ ...f, includeArchived: checked === true }))
            }
          />
          <Label htmlFor="project-include-archived" className="font-normal">
            {t("list.includeArchived")}
          </Label>
        </div>
      </section>

      <ProjectList filters={filters} canManage={canManage} atLimit={atLimit} />
    </>
  );
}

function ProjectList({
  filters,
  canManage,
  atLimit,
}: {
  filters: ProjectFilters;
  canManage: boolean;
  atLimit: boolean;
}) {
  const t = useTranslations("projects.list");
  const { day } = useProjectFormat();
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.projects.list.infiniteQueryOptions(projectsListInput(filters), {
      getNextPageParam: nextCursor,
    }),
  );

  const filtered = Boolean(filters.status || filters.search || filters.includeArchived);

  return (
    <section aria-labelledby="project-list-heading" className="grid gap-3">
      <h2 id="project-list-heading" className="sr-only">
        {t("listHeading")}
      </h2>
      <ListStates
        query={list}
        items={list.data?.pages.flatMap((p) => p.items)}
        loadingLabel={t("loading")}
        rows={3}
        rowClassName="h-28 rounded-xl"
        empty={
          <EmptyState
            icon={FolderKanban}
            title={filtered ? t("emptyFiltered") : t("empty")}
            action={
              !filtered && canManage && !atLimit ? (
                <p className="text-sm">{t("emptyAction")}</p>
              ) : null
            }
          >
            {filtered ? t("emptyFilteredHint") : canManage ? t("emptyManage") : t("emptyViewer")}
          </EmptyState>
        }
      >
        {(items) => (
          <ul className="grid gap-3">
            {items.map((project) => (
              <li key={project.id}>
                <Card className="relative gap-3 py-4 transition-colors focus-within:ring-2 focus-within:ring-ring hover:bg-accent/40">
                  <CardContent className="grid gap-3 px-4">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <h3 className="min-w-0 font-medium">
                        <Link
                          href={`/dashboard/projects/${project.id}`}
                          className="outline-none after:absolute after:inset-0 after:content-['']"
                        >
                          {project.name}
                        </Link>
                      </h3>
                      <div className="flex items-center gap-2">
                        {project.archivedAt ? (
                          <span className="text-xs text-muted-foreground">{t("archived")}</span>
                        ) : null}
                        {project.overPlan ? (
                          <span className="text-xs text-muted-foreground">{t("readOnly")}</span>
                        ) : null}
                        <StatusBadge status={project.status} />
                      </div>
                    </div>
                    <ProjectProgress percent={project.completionPercent} name={project.name} />
                    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
                      <span className="inline-flex items-center gap-1">
                        <CalendarDays aria-hidden className="size-4" />
                        {project.estimatedDelivery
                          ? t("estimatedDelivery", { date: day(project.estimatedDelivery) })
                          : t("noDelivery")}
                      </span>
                      {project.projectManager ? (
                        <span>{t("manager", { name: project.projectManager.name ?? "—" })}</span>
                      ) : null}
                    </p>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </ListStates>
    </section>
  );
}
