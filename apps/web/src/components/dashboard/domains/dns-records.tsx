"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
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
import { useTRPC } from "~/trpc/react";
import { useErrorToast } from "~/lib/error-toast";

import { RecordDialog } from "./record-dialog";
import type { DnsRecordRow } from "./record-dialog";

export function DnsRecords({
  domain,
  editable,
}: {
  domain: { id: string; name: string; records: DnsRecordRow[] };
  editable: boolean;
}) {
  const t = useTranslations("domains.records");
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<DnsRecordRow | null>(null);

  return (
    <Card className="gap-4">
      <CardHeader className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1.5">
          <CardTitle>
            <h2>{t("title")}</h2>
          </CardTitle>
          <CardDescription>{t("description", { domain: domain.name })}</CardDescription>
        </div>
        {editable ? (
          <Button type="button" variant="outline" onClick={() => setAdding(true)}>
            <Plus aria-hidden />
            {t("add")}
          </Button>
        ) : null}
      </CardHeader>
      <CardContent className="px-0 sm:px-6">
        {domain.records.length === 0 ? (
          <p className="px-6 text-sm text-muted-foreground sm:px-0">
            {editable ? t("emptyEditable") : t("empty")}
          </p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-5 sm:pl-3">{t("columns.type")}</TableHead>
                <TableHead>{t("columns.name")}</TableHead>
                <TableHead>{t("columns.value")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("columns.ttl")}</TableHead>
                {editable ? (
                  <TableHead className="pr-4 text-right">
                    <span className="sr-only">{t("columns.actions")}</span>
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
                  <TableCell className="font-mono text-sm whitespace-normal">
                    <div className="min-w-16 wrap-anywhere">
                      <Breakable text={record.name} />
                    </div>
                  </TableCell>
                  <TableCell className="font-mono text-sm whitespace-normal">
                    <div className="max-w-md min-w-40 wrap-anywhere">
                      {record.priority !== null ? `${record.priority} ` : ""}
                      <Breakable text={record.value} />
                    </div>
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground sm:table-cell">
                    {t("ttl", { ttl: record.ttl })}
                  </TableCell>
                  {editable ? (
                    <TableCell className="pr-4 text-right whitespace-nowrap">
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        aria-label={t("edit", { type: record.type, name: record.name })}
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

/**
 * A host name or record value that may wrap after its dots, hyphens, slashes, semicolons and
 * equals signs (between labels and key=value parts), and anywhere only when a part is longer
 * than the line (a DKIM key).
 */
function Breakable({ text }: { text: string }) {
  return text.split(/(?<=[.\-/;=])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <wbr /> : null}
      {part}
    </Fragment>
  ));
}

function DeleteRecord({ record }: { record: DnsRecordRow }) {
  const showError = useErrorToast();
  const t = useTranslations("domains.records");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.domains.records.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.domains.byId.pathFilter());
        toast.success(t("deleted"));
      },
      onError: (error) => showError(error),
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
          aria-label={t("delete", { type: record.type, name: record.name })}
        >
          <Trash2 aria-hidden />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{t("deleteTitle", { type: record.type })}</AlertDialogTitle>
          <AlertDialogDescription className="wrap-anywhere">
            {record.name} → {record.value}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={() => remove.mutate({ id: record.id })}>
            {t("confirmDelete")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
