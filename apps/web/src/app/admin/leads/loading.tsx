import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function LeadsLoading() {
  const t = await getTranslations("adminLeads");
  return <ListPageSkeleton label={t("loading")} />;
}
