import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { DomainDetail } from "~/components/dashboard/domains/domain-detail";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, prefetchOrNotFound, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("domains.meta");
  return { title: t("detailTitle") };
}

export default async function DomainPage({ params }: PageProps<"/dashboard/domains/[id]">) {
  const { id } = await params;
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) notFound();
  await Promise.all([
    prefetchOrNotFound(trpc.domains.byId.queryOptions({ id })),
    prefetch(trpc.orgs.current.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <DomainDetail id={id} />
    </HydrateClient>
  );
}
