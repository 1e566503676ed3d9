import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AdminTicketDetail } from "~/components/admin/tickets/admin-ticket-detail";
import { requireStaff } from "~/trpc/me";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Ticket" };

export default async function AdminTicketPage({ params }: PageProps<"/admin/tickets/[id]">) {
  const { id } = await params;
  await requireStaff();
  const found = await getQueryClient()
    .fetchQuery(trpc.admin.tickets.byId.queryOptions({ ticketId: id }))
    .then(() => true)
    .catch((error: unknown) => {
      if (
        error instanceof TRPCError &&
        (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
      ) {
        return false;
      }
      throw error;
    });
  if (!found) notFound();
  return (
    <HydrateClient>
      <AdminTicketDetail ticketId={id} />
    </HydrateClient>
  );
}
