import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { OutboxMessageView } from "~/components/admin/outbox-message";
import { requireStaff } from "~/trpc/me";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Email" };

export default async function OutboxMessagePage({ params }: PageProps<"/admin/outbox/[id]">) {
  const { id } = await params;
  await requireStaff();
  const found = await getQueryClient()
    .fetchQuery(trpc.admin.outbox.byId.queryOptions({ id }))
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
      <OutboxMessageView id={id} />
    </HydrateClient>
  );
}
