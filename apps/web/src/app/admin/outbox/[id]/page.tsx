import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { OutboxMessageView } from "~/components/admin/outbox-message";
import { HydrateClient, prefetchOrNotFound, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.email");
  return { title: t("metaTitle") };
}

export default async function OutboxMessagePage({ params }: PageProps<"/admin/outbox/[id]">) {
  const { id } = await params;
  await prefetchOrNotFound(trpc.admin.outbox.byId.queryOptions({ id }));
  return (
    <HydrateClient>
      <OutboxMessageView id={id} />
    </HydrateClient>
  );
}
