import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { DomainsView } from "~/components/dashboard/domains/domains-view";
import { DEFAULT_FILTERS, domainsListInput } from "~/components/dashboard/domains/list-options";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { nextCursor } from "~/lib/pagination";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("domains.meta");
  return { title: t("title") };
}

export default async function DomainsPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    const t = await getTranslations("domains.list");
    return (
      <>
        <PageHeader title={t("title")} description={t("noOrganization")} />
        <NoOrganization />
      </>
    );
  }
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetch(trpc.domains.overview.queryOptions()),
    prefetch(
      trpc.domains.list.infiniteQueryOptions(domainsListInput(DEFAULT_FILTERS), {
        getNextPageParam: nextCursor,
      }),
    ),
  ]);
  return (
    <HydrateClient>
      <DomainsView />
    </HydrateClient>
  );
}
