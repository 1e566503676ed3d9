import { useTranslations } from "next-intl";

import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { UsageMeter } from "~/components/dashboard/usage-meter";
import { useFormatBytes } from "~/lib/use-format-bytes";

/** From this share of the plan's storage on, the upgrade prompt shows. */
export const NEARLY_FULL = 0.9;

export function StorageMeter({
  usedBytes,
  limitBytes,
}: {
  usedBytes: number;
  limitBytes: number | null;
}) {
  const t = useTranslations("files.storage");
  const formatBytes = useFormatBytes();
  const used = formatBytes(usedBytes);
  return (
    <UsageMeter
      id="storage-meter"
      used={usedBytes}
      limit={limitBytes}
      text={
        limitBytes === null
          ? t("unlimited", { used })
          : t("used", { used, limit: formatBytes(limitBytes) })
      }
      warnAt={NEARLY_FULL}
    />
  );
}

export function StorageUpgradePrompt({ full }: { full: boolean }) {
  const t = useTranslations("files.storage");
  return (
    <UpgradePrompt title={full ? t("fullTitle") : t("nearlyFullTitle")}>
      {t("upgrade")}
    </UpgradePrompt>
  );
}
