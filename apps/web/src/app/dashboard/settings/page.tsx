import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { OrgSettingsForm } from "~/components/dashboard/settings/org-settings-form";
import { AgencyAccess } from "~/components/impersonation/agency-access";
import { isManager } from "@arco/services/roles";
import { requireMe } from "~/trpc/me";
import { timeZones } from "~/i18n/time-zones";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function OrganizationSettingsPage() {
  const me = await requireMe("/dashboard");
  const t = await getTranslations("settings");
  if (!me.activeOrg) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <NoOrganization />
      </>
    );
  }
  // Into the request's query cache, which the form hydrates from.
  const settings = await getQueryClient().fetchQuery(trpc.orgs.settings.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <OrgSettingsForm zones={timeZones(settings.timeZone)} />
      {isManager(me.activeOrg.role) ? <AgencyAccess /> : null}
    </HydrateClient>
  );
}
