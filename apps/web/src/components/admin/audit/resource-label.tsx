"use client";

import { useTranslations } from "next-intl";

import type { Messages } from "~/i18n/messages";
import { cn } from "~/lib/utils";

export type ResourceType = keyof Messages["adminAudit"]["resourceTypes"];

/** The kinds of object the services audit changes to, for the filter's choices. */
export const RESOURCE_TYPES = [
  "project",
  "milestone",
  "delivery",
  "domain",
  "dns_record",
  "support_ticket",
  "ticket_message",
  "storage_item",
  "storage_folder",
  "membership",
  "invitation",
  "organization",
  "user",
  "credit_ledger",
  "plan",
  "lead",
  "url_analysis",
  "notification",
  "audit_log",
] as const satisfies readonly ResourceType[];

/** The kind of object an entry touched, by its name when it has one, and its id. */
export function ResourceLabel({
  type,
  id,
  full = false,
}: {
  type: string;
  id: string | null;
  /** The whole id (the detail), rather than its start (the table). */
  full?: boolean;
}) {
  const t = useTranslations("adminAudit.resourceTypes");
  const named = t.has(type as ResourceType) ? t(type as ResourceType) : type;
  return (
    <span className="grid min-w-0">
      <span>{named}</span>
      {id ? (
        <span
          className={cn("font-mono text-xs text-muted-foreground", full ? "break-all" : "truncate")}
          title={id}
        >
          {full ? id : id.slice(0, 8)}
        </span>
      ) : null}
    </span>
  );
}
