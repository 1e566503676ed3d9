import type { Metadata } from "next";

import { PageHeader } from "~/components/app-shell/app-shell";
import { DomainsView } from "~/components/dashboard/domains/domains-view";
import { DEFAULT_FILTERS, domainsListInput } from "~/components/dashboard/domains/list-options";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { nextCursor } from "~/lib/pagination";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Domains" };

export default async function DomainsPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    return (
      <>
        <PageHeader title="Domains" description="Domains belong to an organization." />
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
