"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Inbox } from "lucide-react";
import Link from "next/link";

import { LoadMore } from "~/components/load-more";
import { OutboxStatus } from "~/components/admin/outbox-status";
import { QueryError } from "~/components/query-error";
import { Card, CardContent } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { formatDateTime } from "~/lib/format";
import { nextCursor, OUTBOX_PAGE_SIZE } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

export function OutboxList() {
  const trpc = useTRPC();
  const outbox = useInfiniteQuery(
    trpc.admin.outbox.list.infiniteQueryOptions(
      { limit: OUTBOX_PAGE_SIZE },
      { getNextPageParam: nextCursor },
    ),
  );

  if (outbox.isPending) {
    return (
      <div className="grid gap-2" aria-busy="true" aria-label="Loading the outbox">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    );
  }
  if (outbox.isError) {
    return <QueryError error={outbox.error} retry={() => void outbox.refetch()} />;
  }

  const messages = outbox.data.pages.flatMap((page) => page.items);
  if (messages.length === 0) {
    return (
      <Card>
        <CardContent className="grid justify-items-center gap-3 py-8 text-center">
          <Inbox aria-hidden className="size-8 text-muted-foreground" />
          <h2 className="font-semibold">No emails yet</h2>
          <p className="max-w-sm text-sm text-muted-foreground">
            Sign-in links, verification emails and invitations appear here as soon as Arco sends
            them.
          </p>
        </CardContent>
      </Card>
    );
  }

  return (
    <div className="grid gap-4">
      <Card className="py-2">
        <Table className="table-fixed">
          <caption className="sr-only">Emails, newest first</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="pl-6">Subject</TableHead>
              <TableHead className="hidden w-[28%] md:table-cell">To</TableHead>
              <TableHead className="hidden w-32 sm:table-cell">Status</TableHead>
              <TableHead className="hidden w-52 pr-6 lg:table-cell">Created</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {messages.map((message) => (
              <TableRow key={message.id} className="relative">
                <TableCell className="pl-6">
                  <Link
                    href={`/admin/outbox/${message.id}`}
                    className="block truncate font-medium underline-offset-4 outline-none after:absolute after:inset-0 hover:underline focus-visible:underline"
                  >
                    {message.subject}
                  </Link>
                  <span className="block truncate text-xs text-muted-foreground md:hidden">
                    {message.to}
                  </span>
                  <span className="block text-xs text-muted-foreground">{message.template}</span>
                </TableCell>
                <TableCell className="hidden truncate text-muted-foreground md:table-cell">
                  {message.to}
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  <OutboxStatus status={message.status} />
                </TableCell>
                <TableCell className="hidden pr-6 whitespace-nowrap text-muted-foreground lg:table-cell">
                  {formatDateTime(message.createdAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <LoadMore query={outbox} />
    </div>
  );
}
