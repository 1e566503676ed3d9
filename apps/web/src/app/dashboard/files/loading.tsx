import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function FilesLoading() {
  const t = await getTranslations("files.loading");
  return <ListPageSkeleton label={t("list")} summary />;
}
