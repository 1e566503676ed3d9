import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { defaultFilters, filterInput, nextCursor } from "~/components/dashboard/tickets/list-input";
import { TicketsView } from "~/components/dashboard/tickets/tickets-view";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets.meta");
  return { title: t("title") };
}

export default async function TicketsPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    const t = await getTranslations("tickets.list");
    return (
      <>
        <PageHeader title={t("title")} description={t("noOrganization")} />
        <NoOrganization />
      </>
    );
  }
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetch(trpc.tickets.quota.queryOptions()),
    prefetch(
      trpc.tickets.list.infiniteQueryOptions(filterInput(defaultFilters), {
        getNextPageParam: nextCursor,
      }),
    ),
  ]);
  return (
    <HydrateClient>
      <TicketsView />
    </HydrateClient>
  );
}
