import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function ProjectsLoading() {
  const t = await getTranslations("projects.list");
  return <ListPageSkeleton label={t("loading")} summary />;
}
