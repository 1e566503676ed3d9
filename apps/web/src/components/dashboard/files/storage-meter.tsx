import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { UsageMeter } from "~/components/dashboard/usage-meter";
import { formatBytes } from "~/lib/format";

/** From this share of the plan's storage on, the upgrade prompt shows. */
export const NEARLY_FULL = 0.9;

export function StorageMeter({
  usedBytes,
  limitBytes,
}: {
  usedBytes: number;
  limitBytes: number | null;
}) {
  return (
    <UsageMeter
      id="storage-meter"
      used={usedBytes}
      limit={limitBytes}
      format={formatBytes}
      unit="used"
      warnAt={NEARLY_FULL}
    />
  );
}

export function StorageUpgradePrompt({ full }: { full: boolean }) {
  return (
    <UpgradePrompt title={full ? "Your storage is full." : "Your storage is almost full."}>
      Delete files you no longer need, or upgrade your plan for more space.
    </UpgradePrompt>
  );
}
