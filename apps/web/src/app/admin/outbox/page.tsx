import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { OutboxList } from "~/components/admin/outbox-list";
import { nextCursor, OUTBOX_PAGE_SIZE } from "~/lib/pagination";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.outbox");
  return { title: t("metaTitle") };
}

export default async function OutboxPage() {
  const [t] = await Promise.all([
    getTranslations("admin.outbox"),
    prefetch(
      trpc.admin.outbox.list.infiniteQueryOptions(
        { limit: OUTBOX_PAGE_SIZE },
        { getNextPageParam: nextCursor },
      ),
    ),
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <OutboxList />
    </HydrateClient>
  );
}
