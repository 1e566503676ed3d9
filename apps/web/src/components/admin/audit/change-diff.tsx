"use client";

import { useTranslations } from "next-intl";

import { fieldChanges } from "~/components/admin/audit/diff";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { cn } from "~/lib/utils";

/** An entry's values before and after, field by field, the changed ones highlighted. */
export function ChangeDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("adminAudit.detail");
  const changes = fieldChanges(before, after);
  if (changes.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  const shown = (value: unknown) =>
    value === undefined ? (
      <span className="text-muted-foreground italic">{t("absent")}</span>
    ) : (
      <pre className="font-mono text-xs break-all whitespace-pre-wrap">
        {JSON.stringify(value, null, 2)}
      </pre>
    );
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table>
        <caption className="sr-only">{t("changesCaption")}</caption>
        <TableHeader>
          <TableRow>
            <TableHead>{t("field")}</TableHead>
            <TableHead>{t("before")}</TableHead>
            <TableHead>{t("after")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((change) => (
            <TableRow
              key={change.field}
              className={cn(change.changed && "bg-amber-50 dark:bg-amber-950/40")}
            >
              <TableCell className="align-top font-mono text-xs font-medium">
                {change.field}
                <span className="sr-only"> ({change.changed ? t("changed") : t("unchanged")})</span>
                {change.changed ? (
                  <span aria-hidden className="ml-1 text-amber-700 dark:text-amber-400">
                    •
                  </span>
                ) : null}
              </TableCell>
              <TableCell
                className={cn("align-top", change.changed && "line-through decoration-red-500/60")}
              >
                {shown(change.before)}
              </TableCell>
              <TableCell className="align-top">{shown(change.after)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
