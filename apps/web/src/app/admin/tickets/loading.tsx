import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function AdminTicketsLoading() {
  const t = await getTranslations("admin.tickets");
  return <ListPageSkeleton label={t("loading")} summary />;
}
