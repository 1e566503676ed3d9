"use client";

import type { RouterOutputs } from "@arco/api";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { sessionHref } from "~/components/admin/audit/filters";
import { Badge } from "~/components/ui/badge";

export type AuditLogRow = RouterOutputs["admin"]["audit"]["list"]["items"][number];

/**
 * A person of an entry by name, else email. No one: the platform acting on its own, or an
 * account deleted since (the log keeps the entry and forgets the person).
 */
export function usePersonName() {
  const t = useTranslations("adminAudit.who");
  return (name: string | null, email: string | null) => name ?? email ?? t("nobody");
}

/**
 * Who acted: one name, or "Staff name as Client name" when someone acted as another person,
 * with a badge that opens the impersonation session the entry belongs to.
 */
export function Who({ entry }: { entry: AuditLogRow }) {
  const t = useTranslations("adminAudit.who");
  const nameOf = usePersonName();
  const actor = nameOf(entry.actorName, entry.actorEmail);
  const asAnother = entry.actorUserId !== entry.effectiveUserId;
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <span className="min-w-0 break-words">
        {asAnother
          ? t("as", {
              actor,
              effective: nameOf(entry.effectiveName, entry.effectiveEmail),
            })
          : actor}
      </span>
      {entry.impersonationId ? (
        <Badge asChild variant={asAnother ? "default" : "secondary"}>
          <Link href={sessionHref(entry.impersonationId)}>
            {asAnother ? t("impersonating") : t("staffAccess")}
          </Link>
        </Badge>
      ) : null}
    </span>
  );
}
