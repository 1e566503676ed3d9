import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function ClientsLoading() {
  const t = await getTranslations("admin.clients");
  return <ListPageSkeleton label={t("loading")} />;
}
