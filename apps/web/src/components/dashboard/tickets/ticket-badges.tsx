import type { RouterOutputs } from "@arco/api";
import { AlertTriangle, CheckCircle2, Clock } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";

import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

type Outputs = RouterOutputs["tickets"];
export type TicketListItem = Outputs["list"]["items"][number];
export type TicketDetail = Outputs["byId"];
export type TicketStatus = TicketDetail["status"];
export type TicketPriority = TicketDetail["priority"];
export type SlaState = TicketDetail["slaState"];

/** Each status's key in the `tickets.status` catalog: the one label it has everywhere. */
const statusKey = {
  open: "open",
  in_progress: "inProgress",
  waiting_client: "waitingClient",
  resolved: "resolved",
  closed: "closed",
} as const satisfies Record<TicketStatus, string>;

/** The label of a ticket status, for badges, filters, selects and actions alike. */
export function useTicketStatusLabel() {
  const t = useTranslations("tickets.status");
  return (status: TicketStatus) => t(statusKey[status]);
}

/** The label of a ticket priority. */
export function usePriorityLabel() {
  const t = useTranslations("tickets.priority");
  return (priority: TicketPriority) => t(priority);
}

const statusClass: Record<TicketStatus, string> = {
  open: "border-primary/40 text-primary",
  in_progress: "border-warning/50 text-warning",
  waiting_client: "border-destructive/40 text-destructive",
  resolved: "border-success/50 text-success",
  closed: "text-muted-foreground",
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const statusLabel = useTicketStatusLabel();
  return (
    <Badge variant="outline" className={statusClass[status]}>
      {statusLabel(status)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const t = useTranslations("tickets.badges");
  const priorityLabel = usePriorityLabel();
  return (
    <Badge
      variant={
        priority === "urgent" ? "destructive" : priority === "high" ? "default" : "secondary"
      }
    >
      {t.rich("priority", {
        priority: priorityLabel(priority),
        hidden: (chunks) => <span className="sr-only">{chunks}</span>,
      })}
    </Badge>
  );
}

/** Where the ticket stands against the plan's first-response time. */
export function SlaBadge({ state, dueAt }: { state: SlaState; dueAt: Date | null }) {
  const t = useTranslations("tickets.badges");
  const format = useFormatter();
  const now = useNow();
  if (state === "none") return null;
  const text =
    state === "met"
      ? t("slaMet")
      : state === "breached"
        ? t("slaBreached")
        : dueAt
          ? t("slaDue", { when: format.relativeTime(dueAt, now) })
          : t("slaDueSoon");
  const Icon = state === "met" ? CheckCircle2 : state === "breached" ? AlertTriangle : Clock;
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 text-xs",
        state === "breached"
          ? "text-destructive"
          : state === "met"
            ? "text-success"
            : "text-muted-foreground",
      )}
      title={dueAt ? t("slaDueAt", { date: format.dateTime(dueAt, "dateTimeZone") }) : undefined}
    >
      <Icon aria-hidden className="size-3.5" />
      {text}
    </span>
  );
}
