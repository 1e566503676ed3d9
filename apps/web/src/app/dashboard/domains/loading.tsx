import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function DomainsLoading() {
  const t = await getTranslations("domains.loading");
  return <ListPageSkeleton label={t("list")} summary />;
}
