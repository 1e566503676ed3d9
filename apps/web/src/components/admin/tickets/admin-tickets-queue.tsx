"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Inbox, X } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";

import { defaultFilters, filterInput, nextCursor } from "~/components/dashboard/tickets/list-input";
import {
  PriorityBadge,
  SlaBadge,
  TicketStatusBadge,
} from "~/components/dashboard/tickets/ticket-badges";
import { TicketFilters } from "~/components/dashboard/tickets/ticket-filters";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { Label } from "~/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

/** The agency's ticket queue across every client. */
export function AdminTicketsQueue() {
  const trpc = useTRPC();
  const breachedId = useId();
  const [filters, setFilters] = useState(defaultFilters);
  const [breachedOnly, setBreachedOnly] = useState(false);
  const [org, setOrg] = useState<{ id: string; name: string } | null>(null);
  const queue = useInfiniteQuery(
    trpc.admin.tickets.list.infiniteQueryOptions(
      { ...filterInput(filters), breachedOnly, ...(org ? { clientOrgId: org.id } : {}) },
      { getNextPageParam: nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const items = queue.data?.pages.flatMap((p) => p.items);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <TicketFilters value={filters} onChange={setFilters} staffView />
        <div className="flex h-9 items-center gap-2">
          <Checkbox
            id={breachedId}
            checked={breachedOnly}
            onCheckedChange={(on) => setBreachedOnly(on === true)}
          />
          <Label htmlFor={breachedId}>Overdue responses only</Label>
        </div>
        {org ? (
          <Button type="button" variant="secondary" size="sm" onClick={() => setOrg(null)}>
            <X aria-hidden />
            <span>
              <span className="sr-only">Stop showing only </span>
              {org.name}
            </span>
          </Button>
        ) : null}
      </div>
      <ListStates
        query={queue}
        items={items}
        loadingLabel="Loading tickets"
        empty={
          <EmptyState icon={Inbox} title="No tickets match these filters.">
            Clients’ new tickets appear here, and every staff member is emailed.
          </EmptyState>
        }
      >
        {(tickets) => (
          <div className="overflow-x-auto rounded-xl border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Ticket</TableHead>
                  <TableHead>Client</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Response</TableHead>
                  <TableHead>Assignee</TableHead>
                  <TableHead>Opened</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {tickets.map((t) => (
                  <TableRow key={t.id}>
                    <TableCell className="min-w-56">
                      <Link
                        href={`/admin/tickets/${t.id}`}
                        className="font-medium underline-offset-4 hover:underline"
                      >
                        #{t.number} {t.subject}
                      </Link>
                      <div className="mt-1">
                        <PriorityBadge priority={t.priority} />
                      </div>
                    </TableCell>
                    <TableCell>
                      <Button
                        type="button"
                        variant="link"
                        className="h-auto p-0"
                        onClick={() => setOrg({ id: t.orgId, name: t.orgName })}
                        aria-label={`Show only ${t.orgName}’s tickets`}
                      >
                        {t.orgName}
                      </Button>
                    </TableCell>
                    <TableCell>
                      <TicketStatusBadge status={t.status} staffView />
                    </TableCell>
                    <TableCell>
                      <SlaBadge state={t.slaState} dueAt={t.firstResponseDueAt} />
                    </TableCell>
                    <TableCell>{t.assignedToName ?? "Unassigned"}</TableCell>
                    <TableCell>{formatDate(t.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </ListStates>
    </div>
  );
}
