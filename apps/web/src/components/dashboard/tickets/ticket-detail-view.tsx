"use client";

import { allows } from "@arco/services/roles";
import { ticketStatuses } from "@arco/api/schemas/tickets";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";

import { ReplyForm } from "~/components/dashboard/tickets/reply-form";
import {
  PriorityBadge,
  SlaBadge,
  TicketStatusBadge,
  useTicketStatusLabel,
} from "~/components/dashboard/tickets/ticket-badges";
import type { TicketStatus } from "~/components/dashboard/tickets/ticket-badges";
import { TicketPageHeader, TicketReplyCard } from "~/components/dashboard/tickets/ticket-page";
import { TicketThread } from "~/components/dashboard/tickets/ticket-thread";
import { QueryError } from "~/components/query-error";
import { Button } from "~/components/ui/button";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

type ClientAction = "resolve" | "close" | "reopen";

/** What a client can do to a ticket in each status, and the status each action sets. */
const clientActions: Record<TicketStatus, [TicketStatus, ClientAction][]> = {
  open: [
    ["resolved", "resolve"],
    ["closed", "close"],
  ],
  in_progress: [
    ["resolved", "resolve"],
    ["closed", "close"],
  ],
  waiting_client: [
    ["resolved", "resolve"],
    ["closed", "close"],
  ],
  resolved: [
    ["open", "reopen"],
    ["closed", "close"],
  ],
  closed: [["open", "reopen"]],
};

export function TicketDetailView({ ticketId }: { ticketId: string }) {
  const t = useTranslations("tickets.detail");
  const format = useFormatter();
  const statusLabel = useTicketStatusLabel();
  const showError = useErrorToast();
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
        toast.success(t("statusUpdated"));
      },
      onError: (error) => showError(error),
    }),
  );

  if (ticket.isPending) return <Skeleton className="h-64 rounded-xl" />;
  if (ticket.isError) {
    return <QueryError error={ticket.error} retry={() => void ticket.refetch()} />;
  }
  const data = ticket.data;
  const role = current.data?.role;
  const canWork = allows(role, "workTickets");
  const staff = role === "staff";
  // Agency staff may move a ticket to any other status.
  const actions: [TicketStatus, string][] = staff
    ? ticketStatuses
        .filter((s) => s !== data.status)
        .map((s) => [s, t("moveTo", { status: statusLabel(s) })])
    : clientActions[data.status].map(([s, action]) => [s, t(action)]);

  return (
    <>
      <TicketPageHeader
        back={{ href: "/dashboard/tickets", label: t("back") }}
        ticket={data}
        badges={
          <>
            <TicketStatusBadge status={data.status} />
            <PriorityBadge priority={data.priority} />
            <SlaBadge state={data.slaState} dueAt={data.firstResponseDueAt} />
            {data.projectName ? <span>{data.projectName}</span> : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="grid min-w-0 content-start gap-6">
          <TicketThread ticket={data} />
          {canWork ? (
            <TicketReplyCard>
              <ReplyForm
                allowInternal={staff}
                send={(values) => reply.mutateAsync({ ticketId, ...values })}
              />
            </TicketReplyCard>
          ) : null}
        </div>
        <aside className="grid content-start gap-4 text-sm" aria-label={t("details")}>
          <dl className="grid gap-2 rounded-xl border p-4">
            <dt className="text-muted-foreground">{t("opened")}</dt>
            <dd>{format.dateTime(data.createdAt, "dateTime")}</dd>
            <dt className="text-muted-foreground">{t("assignedTo")}</dt>
            <dd>{data.assignedToName ?? t("agencyTeam")}</dd>
            {data.firstResponseDueAt ? (
              <>
                <dt className="text-muted-foreground">{t("firstResponseDue")}</dt>
                <dd>{format.dateTime(data.firstResponseDueAt, "dateTimeZone")}</dd>
              </>
            ) : null}
          </dl>
          {canWork && actions.length > 0 ? (
            <div className="grid gap-2" role="group" aria-label={t("changeStatus")}>
              {actions.map(([status, label]) => (
                <Button
                  key={status}
                  type="button"
                  variant="outline"
                  disabled={setStatus.isPending}
                  onClick={() => setStatus.mutate({ ticketId, status })}
                >
                  {label}
                </Button>
              ))}
            </div>
          ) : null}
        </aside>
      </div>
    </>
  );
}
