import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function TicketsLoading() {
  const t = await getTranslations("tickets.list");
  return <ListPageSkeleton label={t("loading")} summary />;
}
