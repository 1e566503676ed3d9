import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function AuditLoading() {
  const t = await getTranslations("adminAudit");
  return <ListPageSkeleton label={t("loading")} summary />;
}
