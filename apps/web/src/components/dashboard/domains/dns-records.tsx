"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "~/components/ui/alert-dialog";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { errorMessage } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

import { RecordDialog } from "./record-dialog";
import type { DnsRecordRow } from "./record-dialog";

export function DnsRecords({
  domain,
  editable,
}: {
  domain: { id: string; name: string; records: DnsRecordRow[] };
  editable: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<DnsRecordRow | null>(null);

  return (
    <Card className="gap-4">
      <CardHeader className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle>
            <h2>DNS records</h2>
          </CardTitle>
          <CardDescription>The records the agency keeps for {domain.name}.</CardDescription>
        </div>
        {editable ? (
          <Button type="button" variant="outline" onClick={() => setAdding(true)}>
            <Plus aria-hidden />
            Add record
          </Button>
        ) : null}
      </CardHeader>
      <CardContent className="px-0 sm:px-6">
        {domain.records.length === 0 ? (
          <p className="px-6 text-sm text-muted-foreground sm:px-0">
            No DNS records yet.
            {editable ? " Add the A, MX or TXT records the site and email need." : ""}
          </p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-5 sm:pl-3">Type</TableHead>
                <TableHead>Name</TableHead>
                <TableHead>Value</TableHead>
                <TableHead className="hidden sm:table-cell">TTL</TableHead>
                {editable ? (
                  <TableHead className="pr-4 text-right">
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {domain.records.map((record) => (
                <TableRow key={record.id}>
                  <TableCell className="pl-5 sm:pl-3">
                    <Badge variant="secondary">{record.type}</Badge>
                  </TableCell>
                  <TableCell className="font-mono text-sm">{record.name}</TableCell>
                  <TableCell className="max-w-[9rem] font-mono text-sm break-all whitespace-normal sm:max-w-md">
                    {record.priority !== null ? `${record.priority} ` : ""}
                    {record.value}
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground sm:table-cell">
                    {record.ttl}s
                  </TableCell>
                  {editable ? (
                    <TableCell className="pr-4 text-right whitespace-nowrap">
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        aria-label={`Edit ${record.type} record ${record.name}`}
                        onClick={() => setEditing(record)}
                      >
                        <Pencil aria-hidden />
                      </Button>
                      <DeleteRecord record={record} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {editable ? (
        <>
          <RecordDialog domain={domain} open={adding} onOpenChange={setAdding} />
          {editing ? (
            <RecordDialog
              key={editing.id}
              domain={domain}
              record={editing}
              open
              onOpenChange={(open) => (open ? null : setEditing(null))}
            />
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

function DeleteRecord({ record }: { record: DnsRecordRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.domains.records.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.domains.byId.pathFilter());
        toast.success("DNS record deleted.");
      },
      onError: (error) => toast.error(errorMessage(error)),
    }),
  );
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="text-destructive hover:bg-destructive/10 hover:text-destructive"
          disabled={remove.isPending}
          aria-label={`Delete ${record.type} record ${record.name}`}
        >
          <Trash2 aria-hidden />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete this {record.type} record?</AlertDialogTitle>
          <AlertDialogDescription className="break-all">
            {record.name} → {record.value}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={() => remove.mutate({ id: record.id })}>
            Delete record
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
