import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ProjectDetail } from "~/components/dashboard/projects/project-detail";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, prefetchOrNotFound, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects.meta");
  return { title: t("projectTitle") };
}

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
