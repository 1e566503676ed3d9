import { CircleAlert, Info, OctagonAlert, TriangleAlert } from "lucide-react";
import type { LucideIcon } from "lucide-react";
import type { Severity } from "@arco/analyzer/report";

/** The icon and colour of each severity, in the findings list and its groups. */
export const severityIcon: Record<Severity, { icon: LucideIcon; tone: string }> = {
  critical: { icon: OctagonAlert, tone: "text-destructive" },
  high: { icon: TriangleAlert, tone: "text-destructive" },
  medium: { icon: TriangleAlert, tone: "text-warning" },
  low: { icon: CircleAlert, tone: "text-muted-foreground" },
  info: { icon: Info, tone: "text-primary" },
};
