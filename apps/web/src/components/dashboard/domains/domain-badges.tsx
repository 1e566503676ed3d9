import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

import { daysLeftLabel, daysUntil } from "./list-options";
import type { DomainStatus, SslStatus } from "./list-options";

const statusLabel: Record<DomainStatus, string> = {
  active: "Active",
  pending: "Pending",
  expired: "Expired",
  suspended: "Suspended",
};

const sslLabel: Record<SslStatus, string> = {
  active: "Valid certificate",
  pending: "Certificate pending",
  none: "No certificate",
  expired: "Certificate expired",
  invalid: "Certificate not trusted",
};

/** Tinted by state; the text stays the foreground colour, so it keeps 4.5:1 on every tint. */
const tone = {
  good: "border-success/40 bg-success/10 text-foreground",
  bad: "border-destructive/40 bg-destructive/10 text-foreground",
  quiet: "",
};

export function DomainStatusBadge({ status }: { status: DomainStatus }) {
  const variant = status === "active" ? tone.good : status === "pending" ? tone.quiet : tone.bad;
  return (
    <Badge variant="outline" className={variant}>
      {statusLabel[status]}
    </Badge>
  );
}

export function SslBadge({ status }: { status: SslStatus }) {
  const variant =
    status === "active"
      ? tone.good
      : status === "expired" || status === "invalid"
        ? tone.bad
        : tone.quiet;
  return (
    <Badge variant="outline" className={variant}>
      {sslLabel[status]}
    </Badge>
  );
}

export const sslStatusLabel = sslLabel;
export const domainStatusLabel = statusLabel;

/** "in 12 days", coloured when 30 days or fewer remain. */
export function DaysLeft({ when, className }: { when: string | Date | null; className?: string }) {
  if (!when) return <span className={cn("text-muted-foreground", className)}>—</span>;
  const days = daysUntil(when);
  return (
    <span
      className={cn(
        days < 0
          ? "text-destructive"
          : days <= 30
            ? "font-medium text-warning"
            : "text-muted-foreground",
        className,
      )}
    >
      {daysLeftLabel(days)}
    </span>
  );
}
