import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function PlansLoading() {
  const t = await getTranslations("adminPlans");
  return <ListPageSkeleton label={t("loading")} rows={4} />;
}
