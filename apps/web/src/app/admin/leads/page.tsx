import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { staffAllows } from "@arco/services/roles";

import {
  DEFAULT_FUNNEL_WEEKS,
  leadFiltersFrom,
  leadsQueryInput,
} from "~/components/admin/leads/filters";
import { LeadsConsole } from "~/components/admin/leads/leads-console";
import { LeadsFunnelCard } from "~/components/admin/leads/leads-funnel-card";
import { PageHeader } from "~/components/app-shell/app-shell";
import { nextCursor } from "~/lib/pagination";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminLeads");
  return { title: t("metaTitle") };
}

/** The free tier's leads: a weekly funnel, then the leads the address's filters select. */
export default async function LeadsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [me, t, params] = await Promise.all([
    requireStaff({ may: "readLeads" }),
    getTranslations("adminLeads"),
    searchParams,
  ]);
  const filters = leadFiltersFrom(params);
  await Promise.all([
    prefetch(trpc.admin.leads.funnel.queryOptions({ weeks: DEFAULT_FUNNEL_WEEKS })),
    prefetch(
      trpc.admin.leads.list.infiniteQueryOptions(leadsQueryInput(filters), {
        getNextPageParam: nextCursor,
      }),
    ),
  ]);
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <LeadsFunnelCard />
      <LeadsConsole filters={filters} mayExport={staffAllows(me.staffRole, "exportData")} />
    </HydrateClient>
  );
}
