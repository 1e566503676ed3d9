import { getTranslations } from "next-intl/server";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default async function PeopleLoading() {
  const t = await getTranslations("adminPeople");
  return <ListPageSkeleton label={t("loading")} />;
}
