import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function OutboxLoading() {
  const t = await getTranslations("admin.outbox");
  return <ListPageSkeleton label={t("loading")} />;
}
