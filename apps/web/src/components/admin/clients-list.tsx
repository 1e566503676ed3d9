"use client";

import { keepPreviousData, useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { Building2, LogIn } from "lucide-react";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState } from "react";
import { toast } from "sonner";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { SearchInput } from "~/components/search-input";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Label } from "~/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { formatBytes, formatDate } from "~/lib/format";
import { CLIENTS_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { tierLabel } from "~/lib/roles";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function ClientsList() {
  const trpc = useTRPC();
  const router = useRouter();
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const clients = useInfiniteQuery(
    trpc.admin.clients.list.infiniteQueryOptions(
      { limit: CLIENTS_PAGE_SIZE, ...(term ? { search: term } : {}) },
      { getNextPageParam: nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const open = useMutation(
    trpc.admin.clients.open.mutationOptions({
      onSuccess: ({ name }) => {
        toast.success(`You are now working in ${name}.`);
        router.push("/dashboard");
        router.refresh();
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );

  return (
    <div className="grid gap-4">
      <div className="grid max-w-sm gap-2">
        <Label htmlFor="client-search">Search clients</Label>
        <SearchInput
          id="client-search"
          placeholder="Organization name"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>

      <ListStates
        query={clients}
        items={clients.data?.pages.flatMap((page) => page.items)}
        loadingLabel="Loading clients"
        rows={5}
        empty={
          <EmptyState icon={Building2} title={term ? "No client matches" : "No clients yet"}>
            {term
              ? `No organization’s name contains “${term}”.`
              : "Organizations appear here as soon as someone signs up."}
          </EmptyState>
        }
      >
        {(items) => (
          <Card className="py-2">
            <Table className="table-fixed">
              <caption className="sr-only">Client organizations, newest first</caption>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">Organization</TableHead>
                  <TableHead className="hidden w-24 md:table-cell">Members</TableHead>
                  <TableHead className="hidden w-32 md:table-cell">Tickets</TableHead>
                  <TableHead className="hidden w-40 lg:table-cell">Storage</TableHead>
                  <TableHead className="w-28 pr-6 text-right">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((client) => (
                  <TableRow key={client.id}>
                    <TableCell className="pl-6">
                      <span className="flex min-w-0 items-center gap-2">
                        <span className="truncate font-medium">{client.name}</span>
                        <Badge variant="secondary">{tierLabel[client.tier]}</Badge>
                      </span>
                      <span className="block text-xs text-muted-foreground">
                        Since {formatDate(client.createdAt)}
                      </span>
                    </TableCell>
                    <TableCell className="hidden md:table-cell">{client.memberCount}</TableCell>
                    <TableCell className="hidden text-muted-foreground md:table-cell">
                      {client.ticketsUsed}
                      {client.ticketsPerMonth === null ? "" : ` of ${client.ticketsPerMonth}`}
                    </TableCell>
                    <TableCell className="hidden text-muted-foreground lg:table-cell">
                      {formatBytes(client.storageUsedBytes)}
                      {client.storageBytes === null
                        ? ""
                        : ` of ${formatBytes(client.storageBytes)}`}
                    </TableCell>
                    <TableCell className="pr-6 text-right">
                      <Button
                        type="button"
                        size="sm"
                        variant="outline"
                        disabled={open.isPending}
                        aria-label={`Open ${client.name}`}
                        onClick={() => open.mutate({ orgId: client.id })}
                      >
                        <LogIn aria-hidden />
                        Open
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </ListStates>
    </div>
  );
}
