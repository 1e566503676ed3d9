import type { Metadata } from "next";

import { ClientsList } from "~/components/admin/clients-list";
import { PageHeader } from "~/components/app-shell/app-shell";
import { CLIENTS_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage() {
  await requireStaff();
  await prefetch(
    trpc.admin.clients.list.infiniteQueryOptions(
      { limit: CLIENTS_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );
  return (
    <HydrateClient>
      <PageHeader
        title="Clients"
        description="Every client organization. Open one to work on its projects, domains, tickets and files."
      />
      <ClientsList />
    </HydrateClient>
  );
}
