import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { staffAllows } from "@arco/services/roles";

import { ClientBilling } from "~/components/admin/client-billing";
import { CustomLimits } from "~/components/admin/custom-limits";
import { StartImpersonation } from "~/components/impersonation/start-impersonation";
import { USAGE_DAYS } from "~/components/dashboard/billing/queries";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, prefetchOrNotFound, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.client");
  return { title: t("metaTitle") };
}

/**
 * One client for agency staff: its plan, subscriptions, credits and usage, acting for it, and its
 * own limits.
 */
export default async function AdminClientPage({ params }: PageProps<"/admin/clients/[id]">) {
  const { id } = await params;
  const me = await requireStaff();
  await prefetchOrNotFound(trpc.admin.clients.billing.queryOptions({ orgId: id }));
  void prefetch(trpc.admin.clients.usage.queryOptions({ orgId: id, days: USAGE_DAYS }));
  void prefetch(trpc.impersonation.members.queryOptions({ orgId: id }));
  void prefetch(trpc.admin.plans.clientLimits.queryOptions({ orgId: id }));
  return (
    <HydrateClient>
      <ClientBilling orgId={id} mayChange={staffAllows(me.staffRole, "changeClientBilling")} />
      <StartImpersonation orgId={id} />
      <CustomLimits orgId={id} editable={staffAllows(me.staffRole, "editPlans")} />
    </HydrateClient>
  );
}
