import type { ProjectStatus } from "@arco/api/schemas/projects";

import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

import { statusClass, statusLabel } from "./project-format";

export function StatusBadge({ status, className }: { status: ProjectStatus; className?: string }) {
  return (
    <Badge variant="outline" className={cn(statusClass[status], className)}>
      {statusLabel[status]}
    </Badge>
  );
}
