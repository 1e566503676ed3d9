import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TicketDetailView } from "~/components/dashboard/tickets/ticket-detail-view";
import { requireMe } from "~/trpc/me";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Ticket" };

export default async function TicketPage({ params }: PageProps<"/dashboard/tickets/[id]">) {
  const { id } = await params;
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) notFound();
  const found = await getQueryClient()
    .fetchQuery(trpc.tickets.byId.queryOptions({ ticketId: id }))
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
  await prefetch(trpc.orgs.current.queryOptions());
  return (
    <HydrateClient>
      <TicketDetailView ticketId={id} />
    </HydrateClient>
  );
}
