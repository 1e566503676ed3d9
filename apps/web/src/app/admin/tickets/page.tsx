import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AdminTicketsQueue } from "~/components/admin/tickets/admin-tickets-queue";
import { PageHeader } from "~/components/app-shell/app-shell";
import { defaultFilters, filterInput, nextCursor } from "~/components/dashboard/tickets/list-input";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.tickets");
  return { title: t("metaTitle") };
}

export default async function AdminTicketsPage() {
  const [, t] = await Promise.all([requireStaff(), getTranslations("admin.tickets")]);
  await prefetch(
    trpc.admin.tickets.list.infiniteQueryOptions(
      { ...filterInput(defaultFilters), breachedOnly: false },
      { getNextPageParam: nextCursor },
    ),
  );
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <AdminTicketsQueue />
    </HydrateClient>
  );
}
