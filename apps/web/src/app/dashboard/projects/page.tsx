import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { NoOrganization } from "~/components/dashboard/no-organization";
import {
  defaultProjectFilters,
  projectsListInput,
} from "~/components/dashboard/projects/list-input";
import { ProjectsView } from "~/components/dashboard/projects/projects-view";
import { nextCursor } from "~/lib/pagination";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects.meta");
  return { title: t("title") };
}

export default async function ProjectsPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    const t = await getTranslations("projects.list");
    return (
      <>
        <PageHeader title={t("title")} description={t("noOrganization")} />
        <NoOrganization />
      </>
    );
  }
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetch(trpc.projects.overview.queryOptions()),
    prefetch(
      trpc.projects.list.infiniteQueryOptions(projectsListInput(defaultProjectFilters), {
        getNextPageParam: nextCursor,
      }),
    ),
  ]);
  return (
    <HydrateClient>
      <ProjectsView />
    </HydrateClient>
  );
}
