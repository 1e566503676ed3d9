import type { Metadata } from "next";

import { OutboxMessageView } from "~/components/admin/outbox-message";
import { HydrateClient, prefetchOrNotFound, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Email" };

export default async function OutboxMessagePage({ params }: PageProps<"/admin/outbox/[id]">) {
  const { id } = await params;
  await prefetchOrNotFound(trpc.admin.outbox.byId.queryOptions({ id }));
  return (
    <HydrateClient>
      <OutboxMessageView id={id} />
    </HydrateClient>
  );
}
