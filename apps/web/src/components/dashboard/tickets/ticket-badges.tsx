import type { RouterOutputs } from "@arco/api";
import { AlertTriangle, CheckCircle2, Clock } from "lucide-react";

import { Badge } from "~/components/ui/badge";
import { formatDateTime, formatRelative } from "~/lib/format";
import { cn } from "~/lib/utils";

type Outputs = RouterOutputs["tickets"];
export type TicketListItem = Outputs["list"]["items"][number];
export type TicketDetail = Outputs["byId"];
export type TicketStatus = TicketDetail["status"];
export type TicketPriority = TicketDetail["priority"];
export type SlaState = TicketDetail["slaState"];

export const statusLabel: Record<TicketStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  waiting_client: "Waiting on you",
  resolved: "Resolved",
  closed: "Closed",
};

export const priorityLabel: Record<TicketPriority, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  urgent: "Urgent",
};

const statusClass: Record<TicketStatus, string> = {
  open: "border-primary/40 text-primary",
  in_progress: "border-warning/50 text-warning",
  waiting_client: "border-destructive/40 text-destructive",
  resolved: "border-success/50 text-success",
  closed: "text-muted-foreground",
};

export function TicketStatusBadge({
  status,
  staffView = false,
}: {
  status: TicketStatus;
  staffView?: boolean;
}) {
  return (
    <Badge variant="outline" className={statusClass[status]}>
      {status === "waiting_client" && staffView ? "Waiting on client" : statusLabel[status]}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <Badge
      variant={
        priority === "urgent" ? "destructive" : priority === "high" ? "default" : "secondary"
      }
    >
      <span className="sr-only">Priority: </span>
      {priorityLabel[priority]}
    </Badge>
  );
}

/** Where the ticket stands against the plan's first-response time. */
export function SlaBadge({ state, dueAt }: { state: SlaState; dueAt: Date | null }) {
  if (state === "none") return null;
  const text =
    state === "met"
      ? "Answered in time"
      : state === "breached"
        ? "Response overdue"
        : `Reply due ${dueAt ? formatRelative(dueAt) : "soon"}`;
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
      title={dueAt ? `First response due ${formatDateTime(dueAt)}` : undefined}
    >
      <Icon aria-hidden className="size-3.5" />
      {text}
    </span>
  );
}
