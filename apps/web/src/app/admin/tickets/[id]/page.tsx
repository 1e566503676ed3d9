import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AdminTicketDetail } from "~/components/admin/tickets/admin-ticket-detail";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetchOrNotFound, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.ticket");
  return { title: t("metaTitle") };
}

export default async function AdminTicketPage({ params }: PageProps<"/admin/tickets/[id]">) {
  const { id } = await params;
  await requireStaff();
  await prefetchOrNotFound(trpc.admin.tickets.byId.queryOptions({ ticketId: id }));
  return (
    <HydrateClient>
      <AdminTicketDetail ticketId={id} />
    </HydrateClient>
  );
}
