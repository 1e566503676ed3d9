import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { staffAllows } from "@arco/services/roles";

import { PlansEditor } from "~/components/admin/plans-editor";
import { PageHeader } from "~/components/app-shell/app-shell";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPlans");
  return { title: t("metaTitle") };
}

/** The plan catalogue: every staff member reads it, agency admins edit it. */
export default async function PlansPage() {
  const [me, t] = await Promise.all([requireStaff(), getTranslations("adminPlans")]);
  await prefetch(trpc.admin.plans.list.queryOptions());
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <PlansEditor editable={staffAllows(me.staffRole, "editPlans")} />
    </HydrateClient>
  );
}
