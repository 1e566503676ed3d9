import { useTranslations } from "next-intl";

import { ListPageSkeleton } from "~/components/list-page-skeleton";

export default function MembersLoading() {
  const t = useTranslations("dashboard.members");
  return <ListPageSkeleton label={t("loading")} summary />;
}
