import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ProjectDetail } from "~/components/dashboard/projects/project-detail";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Project" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ProjectPage({ params }: PageProps<"/dashboard/projects/[id]">) {
  const { id } = await params;
  const me = await requireMe("/dashboard");
  if (!me.activeOrg || !UUID.test(id)) notFound();
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetch(trpc.projects.byId.queryOptions({ id })),
  ]);
  return (
    <HydrateClient>
      <ProjectDetail id={id} />
    </HydrateClient>
  );
}
