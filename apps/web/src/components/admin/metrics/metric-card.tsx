import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

import { EmptyState } from "~/components/empty-state";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";

/**
 * One card of the business metrics: its title and what it counts, then its chart — or, when the
 * period has nothing to count (`empty`), a line saying so.
 */
export function MetricCard({
  icon,
  title,
  description,
  empty,
  className,
  children,
}: {
  icon: LucideIcon;
  title: string;
  description: string;
  /** What to say instead of the chart when there is nothing to show; null to show it. */
  empty: { title: string; hint?: string } | null;
  className?: string;
  children: ReactNode;
}) {
  const Icon = icon;
  return (
    <Card className={className}>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon aria-hidden className="size-4 text-primary" />
          <h3>{title}</h3>
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        {empty ? (
          <EmptyState icon={icon} title={empty.title}>
            {empty.hint}
          </EmptyState>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
}
