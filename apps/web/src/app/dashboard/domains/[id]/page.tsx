import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DomainDetail } from "~/components/dashboard/domains/domain-detail";
import { requireMe } from "~/trpc/me";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Domain" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function DomainPage({ params }: PageProps<"/dashboard/domains/[id]">) {
  const { id } = await params;
  const me = await requireMe("/dashboard");
  if (!me.activeOrg || !UUID.test(id)) notFound();
  const [found] = await Promise.all([
    getQueryClient()
      .fetchQuery(trpc.domains.byId.queryOptions({ id }))
      .then(() => true)
      .catch((error: unknown) => {
        if (error instanceof TRPCError && error.code === "NOT_FOUND") return false;
        throw error;
      }),
    prefetch(trpc.orgs.current.queryOptions()),
  ]);
  if (!found) notFound();
  return (
    <HydrateClient>
      <DomainDetail id={id} />
    </HydrateClient>
  );
}
