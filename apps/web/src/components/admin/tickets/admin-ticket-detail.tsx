"use client";

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
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

const UNASSIGNED = "unassigned";

/** One ticket as the agency works it: the whole thread with internal notes, reply, status, assignee. */
export function AdminTicketDetail({ ticketId }: { ticketId: string }) {
  const t = useTranslations("admin.ticket");
  const statusLabel = useTicketStatusLabel();
  const showError = useErrorToast();
  const format = useFormatter();
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
    onError: (error: unknown) => showError(error),
  });
  const reply = useMutation(trpc.admin.tickets.reply.mutationOptions({ onSuccess: refresh }));
  const setStatus = useMutation(
    trpc.admin.tickets.setStatus.mutationOptions(done(t("statusUpdated"))),
  );
  const assign = useMutation(trpc.admin.tickets.assign.mutationOptions(done(t("assigneeUpdated"))));

  if (ticket.isPending) return <Skeleton className="h-64 rounded-xl" />;
  if (ticket.isError) {
    return <QueryError error={ticket.error} retry={() => void ticket.refetch()} />;
  }
  const details = ticket.data;

  return (
    <>
      <TicketPageHeader
        back={{ href: "/admin/tickets", label: t("queue") }}
        ticket={details}
        badges={
          <>
            <span>{details.orgName}</span>
            <TicketStatusBadge status={details.status} />
            <PriorityBadge priority={details.priority} />
            <SlaBadge state={details.slaState} dueAt={details.firstResponseDueAt} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_17rem]">
        <div className="grid min-w-0 content-start gap-6">
          <TicketThread ticket={details} />
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
        <aside className="grid content-start gap-4 text-sm" aria-label={t("details")}>
          <div className="grid gap-1.5">
            <Label htmlFor="ticket-status">{t("status")}</Label>
            <Select
              value={details.status}
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
                    {statusLabel(s)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="ticket-assignee">{t("assignee")}</Label>
            <Select
              value={details.assignedToId ?? UNASSIGNED}
              disabled={assign.isPending || staff.isPending}
              onValueChange={(id) =>
                assign.mutate({ ticketId, assigneeId: id === UNASSIGNED ? null : id })
              }
            >
              <SelectTrigger id="ticket-assignee" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={UNASSIGNED}>{t("unassigned")}</SelectItem>
                {staff.data?.map((s) => (
                  <SelectItem key={s.id} value={s.id}>
                    {s.name ?? s.email}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <dl className="grid gap-2 rounded-xl border p-4">
            <dt className="text-muted-foreground">{t("openedBy")}</dt>
            <dd>{details.createdByName ?? t("formerMember")}</dd>
            <dt className="text-muted-foreground">{t("opened")}</dt>
            <dd>{format.dateTime(details.createdAt, "dateTimeZone")}</dd>
            {details.firstResponseDueAt ? (
              <>
                <dt className="text-muted-foreground">{t("firstResponseDue")}</dt>
                <dd>{format.dateTime(details.firstResponseDueAt, "dateTimeZone")}</dd>
              </>
            ) : null}
            {details.projectName ? (
              <>
                <dt className="text-muted-foreground">{t("project")}</dt>
                <dd>{details.projectName}</dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
    </>
  );
}
