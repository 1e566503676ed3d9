import { Sparkles } from "lucide-react";
import Link from "next/link";

import { plural } from "~/lib/format";

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
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm"
    >
      <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="grid min-w-0 gap-2">
        <p>
          <span className="font-medium">You’ve reached your plan’s limit.</span> Your {planName}{" "}
          plan includes {plural(maxProjects, "active project")}.{" "}
          {canManage
            ? "Archive one or upgrade to start another."
            : "An owner or admin can archive one or upgrade the plan."}
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
