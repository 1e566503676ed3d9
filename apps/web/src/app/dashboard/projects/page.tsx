import type { Metadata } from "next";

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

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    return (
      <>
        <PageHeader title="Projects" description="Projects belong to an organization." />
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
