import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { BillingView } from "~/components/dashboard/billing/billing-view";
import { billingQueries } from "~/components/dashboard/billing/queries";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { isManager } from "@arco/services/roles";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("billing");
  return { title: t("title") };
}

export default async function BillingPage({ searchParams }: PageProps<"/dashboard/billing">) {
  const me = await requireMe("/dashboard");
  const t = await getTranslations("billing");
  const header = <PageHeader title={t("title")} description={t("description")} />;
  if (!me.activeOrg) {
    return (
      <>
        {header}
        <NoOrganization />
      </>
    );
  }
  // The organization's own business: agency staff working in it and other members never see it.
  if (!isManager(me.activeOrg.role)) {
    return (
      <>
        {header}
        <section className="grid max-w-2xl gap-2 rounded-lg border p-6">
          <h2 className="font-medium">{t("onlyManagers.title")}</h2>
          <p className="text-sm text-muted-foreground">
            {t("onlyManagers.body", { org: me.activeOrg.name })}
          </p>
        </section>
      </>
    );
  }
  const { checkout } = await searchParams;
  for (const query of billingQueries(trpc)) void prefetch(query);
  return (
    <HydrateClient>
      {header}
      <BillingView checkout={typeof checkout === "string" ? checkout : null} />
    </HydrateClient>
  );
}
