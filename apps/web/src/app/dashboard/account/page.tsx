import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { AccountSettings } from "~/components/dashboard/account-settings";
import { requireMe } from "~/trpc/me";
import { HydrateClient } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.meta");
  return { title: t("account") };
}

export default async function AccountPage() {
  await requireMe("/dashboard");
  const t = await getTranslations("dashboard");
  return (
    <HydrateClient>
      <PageHeader title={t("meta.account")} description={t("account.description")} />
      <AccountSettings />
    </HydrateClient>
  );
}
