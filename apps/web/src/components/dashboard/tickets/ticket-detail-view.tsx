"use client";

import { allows } from "@arco/services/roles";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";

import { ReplyForm } from "~/components/dashboard/tickets/reply-form";
import {
  PriorityBadge,
  SlaBadge,
  TicketStatusBadge,
} from "~/components/dashboard/tickets/ticket-badges";
import type { TicketStatus } from "~/components/dashboard/tickets/ticket-badges";
import { TicketPageHeader, TicketReplyCard } from "~/components/dashboard/tickets/ticket-page";
import { TicketThread } from "~/components/dashboard/tickets/ticket-thread";
import { QueryError } from "~/components/query-error";
import { Button } from "~/components/ui/button";
import { Skeleton } from "~/components/ui/skeleton";
import { formatDateTime } from "~/lib/format";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** What a client can do to a ticket in each status (agency staff get every status). */
const clientActions: Record<TicketStatus, [TicketStatus, string][]> = {
  open: [
    ["resolved", "Mark as resolved"],
    ["closed", "Close ticket"],
  ],
  in_progress: [
    ["resolved", "Mark as resolved"],
    ["closed", "Close ticket"],
  ],
  waiting_client: [
    ["resolved", "Mark as resolved"],
    ["closed", "Close ticket"],
  ],
  resolved: [
    ["open", "Reopen"],
    ["closed", "Close ticket"],
  ],
  closed: [["open", "Reopen"]],
};

const staffActions: [TicketStatus, string][] = [
  ["open", "Open"],
  ["in_progress", "In progress"],
  ["waiting_client", "Waiting on client"],
  ["resolved", "Resolved"],
  ["closed", "Closed"],
];

export function TicketDetailView({ ticketId }: { ticketId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const ticket = useQuery(trpc.tickets.byId.queryOptions({ ticketId }));
  const refresh = () => queryClient.invalidateQueries(trpc.tickets.pathFilter());
  const reply = useMutation(trpc.tickets.reply.mutationOptions({ onSuccess: refresh }));
  const setStatus = useMutation(
    trpc.tickets.setStatus.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.success("Status updated.");
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  if (ticket.isPending) return <Skeleton className="h-64 rounded-xl" />;
  if (ticket.isError) {
    return <QueryError error={ticket.error} retry={() => void ticket.refetch()} />;
  }
  const t = ticket.data;
  const role = current.data?.role;
  const canWork = allows(role, "workTickets");
  const staff = role === "staff";
  const actions = staff ? staffActions.filter(([s]) => s !== t.status) : clientActions[t.status];

  return (
    <>
      <TicketPageHeader
        back={{ href: "/dashboard/tickets", label: "All tickets" }}
        ticket={t}
        badges={
          <>
            <TicketStatusBadge status={t.status} staffView={staff} />
            <PriorityBadge priority={t.priority} />
            <SlaBadge state={t.slaState} dueAt={t.firstResponseDueAt} />
            {t.projectName ? <span>{t.projectName}</span> : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="grid min-w-0 content-start gap-6">
          <TicketThread ticket={t} />
          {canWork ? (
            <TicketReplyCard>
              <ReplyForm
                allowInternal={staff}
                send={(values) => reply.mutateAsync({ ticketId, ...values })}
              />
            </TicketReplyCard>
          ) : null}
        </div>
        <aside className="grid content-start gap-4 text-sm" aria-label="Ticket details">
          <dl className="grid gap-2 rounded-xl border p-4">
            <dt className="text-muted-foreground">Opened</dt>
            <dd>{formatDateTime(t.createdAt)}</dd>
            <dt className="text-muted-foreground">Assigned to</dt>
            <dd>{t.assignedToName ?? "The agency team"}</dd>
            {t.firstResponseDueAt ? (
              <>
                <dt className="text-muted-foreground">First response due</dt>
                <dd>{formatDateTime(t.firstResponseDueAt)}</dd>
              </>
            ) : null}
          </dl>
          {canWork && actions.length > 0 ? (
            <div className="grid gap-2" role="group" aria-label="Change status">
              {actions.map(([status, label]) => (
                <Button
                  key={status}
                  type="button"
                  variant="outline"
                  disabled={setStatus.isPending}
                  onClick={() => setStatus.mutate({ ticketId, status })}
                >
                  {staff ? `Move to ${label.toLowerCase()}` : label}
                </Button>
              ))}
            </div>
          ) : null}
        </aside>
      </div>
    </>
  );
}
