import type { ProjectStatus } from "@arco/api/schemas/projects";
import { useTranslations } from "next-intl";

import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

import { statusClass } from "./project-format";

export function StatusBadge({ status, className }: { status: ProjectStatus; className?: string }) {
  const t = useTranslations("projects.status");
  return (
    <Badge variant="outline" className={cn(statusClass[status], className)}>
      {t(status)}
    </Badge>
  );
}
