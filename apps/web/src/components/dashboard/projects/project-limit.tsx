import { useTranslations } from "next-intl";

import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";

/** Shown at the plan's project limit: what the limit is and the two ways past it. */
export function ProjectLimitPrompt({
  planName,
  maxProjects,
  canManage,
}: {
  planName: string;
  maxProjects: number;
  canManage: boolean;
}) {
  const t = useTranslations("projects.list");
  const values = { plan: planName, max: maxProjects };
  return (
    <UpgradePrompt title={t("limitTitle")}>
      {canManage ? t("limitManage", values) : t("limitAsk", values)}
    </UpgradePrompt>
  );
}
