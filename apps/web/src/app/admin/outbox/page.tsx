import type { Metadata } from "next";

import { PageHeader } from "~/components/app-shell/app-shell";
import { OutboxList } from "~/components/admin/outbox-list";
import { nextCursor, OUTBOX_PAGE_SIZE } from "~/lib/pagination";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Email outbox" };

export default async function OutboxPage() {
  await prefetch(
    trpc.admin.outbox.list.infiniteQueryOptions(
      { limit: OUTBOX_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );
  return (
    <HydrateClient>
      <PageHeader
        title="Email outbox"
        description="Every email Arco has sent or stored, newest first."
      />
      <OutboxList />
    </HydrateClient>
  );
}
