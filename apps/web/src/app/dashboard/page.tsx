import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { Overview } from "~/components/dashboard/overview/overview";
import { overviewQueries } from "~/components/dashboard/overview/queries";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.meta");
  return { title: t("overview") };
}

export default async function DashboardPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    const t = await getTranslations("dashboard.noOrganization");
    const firstName = me.name?.split(" ")[0];
    return (
      <>
        <PageHeader
          title={firstName ? t("welcomeName", { name: firstName }) : t("welcome")}
          description={t("description")}
        />
        <NoOrganization />
      </>
    );
  }
  // Started, not awaited: the shell is sent at once and each card streams in when its query is
  // done (see SectionCard).
  for (const query of overviewQueries(trpc)) void prefetch(query);
  // The request's time, sent along so relative times render the same in the browser.
  const now = await getNow();
  return (
    <HydrateClient>
      <Overview now={now.getTime()} />
    </HydrateClient>
  );
}
