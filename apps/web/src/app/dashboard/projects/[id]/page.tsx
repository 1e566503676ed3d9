import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ProjectDetail } from "~/components/dashboard/projects/project-detail";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, prefetchOrNotFound, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: PageProps<"/dashboard/projects/[id]">) {
  const { id } = await params;
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) notFound();
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetchOrNotFound(trpc.projects.byId.queryOptions({ id })),
  ]);
  return (
    <HydrateClient>
      <ProjectDetail id={id} />
    </HydrateClient>
  );
}
