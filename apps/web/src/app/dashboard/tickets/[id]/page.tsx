import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { TicketDetailView } from "~/components/dashboard/tickets/ticket-detail-view";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, prefetchOrNotFound, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets.meta");
  return { title: t("ticketTitle") };
}

export default async function TicketPage({ params }: PageProps<"/dashboard/tickets/[id]">) {
  const { id } = await params;
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) notFound();
  await Promise.all([
    prefetchOrNotFound(trpc.tickets.byId.queryOptions({ ticketId: id })),
    prefetch(trpc.orgs.current.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <TicketDetailView ticketId={id} />
    </HydrateClient>
  );
}
