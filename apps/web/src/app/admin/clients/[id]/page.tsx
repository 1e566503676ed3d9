import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ClientBilling } from "~/components/admin/client-billing";
import { USAGE_DAYS } from "~/components/dashboard/billing/queries";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, prefetchOrNotFound, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.client");
  return { title: t("metaTitle") };
}

/** One client's plan, subscriptions, credits and usage, for agency staff. */
export default async function AdminClientPage({ params }: PageProps<"/admin/clients/[id]">) {
  const { id } = await params;
  const me = await requireStaff();
  await prefetchOrNotFound(trpc.admin.clients.billing.queryOptions({ orgId: id }));
  void prefetch(trpc.admin.clients.usage.queryOptions({ orgId: id, days: USAGE_DAYS }));
  return (
    <HydrateClient>
      <ClientBilling orgId={id} agencyAdmin={me.staffRole === "admin"} />
    </HydrateClient>
  );
}
