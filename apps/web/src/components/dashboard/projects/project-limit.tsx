import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
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
    <UpgradePrompt title="You’ve reached your plan’s limit.">
      Your {planName} plan includes {plural(maxProjects, "active project")}.{" "}
      {canManage
        ? "Archive one or upgrade to start another."
        : "An owner or admin can archive one or upgrade the plan."}
    </UpgradePrompt>
  );
}
