import { useTranslations } from "next-intl";

import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

import { useDaysLeft } from "./dates";
import type { DomainStatus, SslStatus } from "./list-options";

/** The statuses in the order the filters offer them; their labels are `domains.status.*`. */
export const domainStatusOptions = [
  "active",
  "pending",
  "expired",
  "suspended",
] as const satisfies readonly DomainStatus[];

/** The certificate states in the order the filters offer them; labels are `domains.ssl.*`. */
export const sslStatusOptions = [
  "active",
  "pending",
  "none",
  "expired",
  "invalid",
] as const satisfies readonly SslStatus[];

/** Tinted by state; the text stays the foreground colour, so it keeps 4.5:1 on every tint. */
const tone = {
  good: "border-success/40 bg-success/10 text-foreground",
  bad: "border-destructive/40 bg-destructive/10 text-foreground",
  quiet: "",
};

export function DomainStatusBadge({ status }: { status: DomainStatus }) {
  const t = useTranslations("domains.status");
  const variant = status === "active" ? tone.good : status === "pending" ? tone.quiet : tone.bad;
  return (
    <Badge variant="outline" className={variant}>
      {t(status)}
    </Badge>
  );
}

export function SslBadge({ status }: { status: SslStatus }) {
  const t = useTranslations("domains.ssl");
  const variant =
    status === "active"
      ? tone.good
      : status === "expired" || status === "invalid"
        ? tone.bad
        : tone.quiet;
  return (
    <Badge variant="outline" className={variant}>
      {t(status)}
    </Badge>
  );
}

/** Red once past, the warning colour when 30 days or fewer remain. */
export const daysLeftTone = (days: number) =>
  days < 0 ? "text-destructive" : days <= 30 ? "font-medium text-warning" : "text-muted-foreground";

/** "in 12 days", coloured by how soon. */
export function DaysLeft({ when, className }: { when: string | Date | null; className?: string }) {
  const daysLeft = useDaysLeft();
  if (!when) return <span className={cn("text-muted-foreground", className)}>—</span>;
  const { days, label } = daysLeft(when);
  return <span className={cn(daysLeftTone(days), className)}>{label}</span>;
}
