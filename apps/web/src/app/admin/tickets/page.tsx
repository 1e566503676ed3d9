import type { Metadata } from "next";

import { AdminTicketsQueue } from "~/components/admin/tickets/admin-tickets-queue";
import { PageHeader } from "~/components/app-shell/app-shell";
import { defaultFilters, filterInput, nextCursor } from "~/components/dashboard/tickets/list-input";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Tickets" };

export default async function AdminTicketsPage() {
  await requireStaff();
  await prefetch(
    trpc.admin.tickets.list.infiniteQueryOptions(
      { ...filterInput(defaultFilters), breachedOnly: false },
      { getNextPageParam: nextCursor },
    ),
  );
  return (
    <HydrateClient>
      <PageHeader
        title="Tickets"
        description="Every client’s open tickets. Answer before the response time of their plan runs out."
      />
      <AdminTicketsQueue />
    </HydrateClient>
  );
}
