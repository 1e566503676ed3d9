"use client";

import { ticketStatuses } from "@arco/api/schemas/tickets";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";

import { ReplyForm } from "~/components/dashboard/tickets/reply-form";
import {
  PriorityBadge,
  SlaBadge,
  statusLabel,
  TicketStatusBadge,
} from "~/components/dashboard/tickets/ticket-badges";
import type { TicketStatus } from "~/components/dashboard/tickets/ticket-badges";
import { TicketPageHeader, TicketReplyCard } from "~/components/dashboard/tickets/ticket-page";
import { TicketThread } from "~/components/dashboard/tickets/ticket-thread";
import { QueryError } from "~/components/query-error";
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import { formatDateTime } from "~/lib/format";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

const UNASSIGNED = "unassigned";

/** One ticket as the agency works it: the whole thread with internal notes, reply, status, assignee. */
export function AdminTicketDetail({ ticketId }: { ticketId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ticket = useQuery(trpc.admin.tickets.byId.queryOptions({ ticketId }));
  const staff = useQuery(trpc.admin.tickets.staff.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.admin.tickets.pathFilter());
  const done = (message: string) => ({
    onSuccess: async () => {
      await refresh();
      toast.success(message);
    },
    onError: (error: unknown) => toast.error(errorMessage(error)),
  });
  const reply = useMutation(trpc.admin.tickets.reply.mutationOptions({ onSuccess: refresh }));
  const setStatus = useMutation(
    trpc.admin.tickets.setStatus.mutationOptions(done("Status updated.")),
  );
  const assign = useMutation(trpc.admin.tickets.assign.mutationOptions(done("Assignee updated.")));

  if (ticket.isPending) return <Skeleton className="h-64 rounded-xl" />;
  if (ticket.isError) {
    return <QueryError error={ticket.error} retry={() => void ticket.refetch()} />;
  }
  const t = ticket.data;

  return (
    <>
      <TicketPageHeader
        back={{ href: "/admin/tickets", label: "Ticket queue" }}
        ticket={t}
        badges={
          <>
            <span>{t.orgName}</span>
            <TicketStatusBadge status={t.status} staffView />
            <PriorityBadge priority={t.priority} />
            <SlaBadge state={t.slaState} dueAt={t.firstResponseDueAt} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_17rem]">
        <div className="grid min-w-0 content-start gap-6">
          <TicketThread ticket={t} />
          <TicketReplyCard>
            <ReplyForm
              allowInternal
              allowFiles={false}
              send={(values) =>
                reply.mutateAsync({
                  ticketId,
                  body: values.body,
                  internal: values.internal,
                })
              }
            />
          </TicketReplyCard>
        </div>
        <aside className="grid content-start gap-4 text-sm" aria-label="Ticket details">
          <div className="grid gap-1.5">
            <Label htmlFor="ticket-status">Status</Label>
            <Select
              value={t.status}
              disabled={setStatus.isPending}
              onValueChange={(status) =>
                setStatus.mutate({ ticketId, status: status as TicketStatus })
              }
            >
              <SelectTrigger id="ticket-status" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {ticketStatuses.map((s) => (
                  <SelectItem key={s} value={s}>
                    {s === "waiting_client" ? "Waiting on client" : statusLabel[s]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="ticket-assignee">Assignee</Label>
            <Select
              value={t.assignedToId ?? UNASSIGNED}
              disabled={assign.isPending || staff.isPending}
              onValueChange={(id) =>
                assign.mutate({ ticketId, assigneeId: id === UNASSIGNED ? null : id })
              }
            >
              <SelectTrigger id="ticket-assignee" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={UNASSIGNED}>Unassigned</SelectItem>
                {staff.data?.map((s) => (
                  <SelectItem key={s.id} value={s.id}>
                    {s.name ?? s.email}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <dl className="grid gap-2 rounded-xl border p-4">
            <dt className="text-muted-foreground">Opened by</dt>
            <dd>{t.createdByName ?? "A former member"}</dd>
            <dt className="text-muted-foreground">Opened</dt>
            <dd>{formatDateTime(t.createdAt)}</dd>
            {t.firstResponseDueAt ? (
              <>
                <dt className="text-muted-foreground">First response due</dt>
                <dd>{formatDateTime(t.firstResponseDueAt)}</dd>
              </>
            ) : null}
            {t.projectName ? (
              <>
                <dt className="text-muted-foreground">Project</dt>
                <dd>{t.projectName}</dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
    </>
  );
}
