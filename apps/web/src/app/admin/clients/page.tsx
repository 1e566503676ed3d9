import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ClientsList } from "~/components/admin/clients-list";
import { PageHeader } from "~/components/app-shell/app-shell";
import { CLIENTS_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.clients");
  return { title: t("metaTitle") };
}

export default async function ClientsPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations("admin.clients")]);
  await prefetch(
    trpc.admin.clients.list.infiniteQueryOptions(
      { limit: CLIENTS_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <ClientsList />
    </HydrateClient>
  );
}
