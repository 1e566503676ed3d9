import { Sparkles } from "lucide-react";
import Link from "next/link";

import { Progress } from "~/components/ui/progress";
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
  const label =
    limitBytes === null
      ? `${formatBytes(usedBytes)} used, no limit on your plan`
      : `${formatBytes(usedBytes)} of ${formatBytes(limitBytes)} used`;
  const share = limitBytes ? usedBytes / limitBytes : 0;
  return (
    <div className="grid gap-2">
      <p className="font-medium" id="storage-meter-label">
        {label}
      </p>
      {limitBytes !== null ? (
        <Progress
          value={Math.min(100, share * 100)}
          aria-labelledby="storage-meter-label"
          indicatorClassName={share >= NEARLY_FULL ? "bg-warning" : undefined}
        />
      ) : null}
    </div>
  );
}

export function StorageUpgradePrompt({ full }: { full: boolean }) {
  return (
    <div className="flex items-start gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm">
      <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="grid min-w-0 gap-2">
        <p>
          <span className="font-medium">
            {full ? "Your storage is full." : "Your storage is almost full."}
          </span>{" "}
          Delete files you no longer need, or upgrade your plan for more space.
        </p>
        <Link
          href="/#pricing"
          className="w-fit font-medium text-primary underline-offset-4 hover:underline"
        >
          Compare plans
        </Link>
      </div>
    </div>
  );
}
