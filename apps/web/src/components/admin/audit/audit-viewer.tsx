"use client";

import { Download } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

import { AuditEntries } from "~/components/admin/audit/audit-entries";
import { AuditFilterBar } from "~/components/admin/audit/audit-filter-bar";
import { exportHref, readView, viewHref } from "~/components/admin/audit/filters";
import {
  ImpersonationSession,
  ImpersonationSessions,
} from "~/components/admin/audit/impersonation-sessions";
import { FormAlert } from "~/components/form-alert";
import { Button } from "~/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "~/components/ui/tabs";
import { useTranslateMessage } from "~/lib/translate-message";

/**
 * The audit log and the impersonation trail, as the address says (see `./filters`): the filter
 * bar, a tab for each, and for admins the filtered entries as CSV.
 */
export function AuditViewer({ mayExport, now }: { mayExport: boolean; now: number }) {
  const t = useTranslations("adminAudit");
  const translate = useTranslateMessage();
  const router = useRouter();
  const params = useSearchParams();
  const view = readView(params);

  return (
    <div className="grid gap-6">
      {view.rejected.length > 0 ? (
        <FormAlert variant="warning" title={t("filters.rejected")}>
          {view.rejected.map(translate).join(" ")}
        </FormAlert>
      ) : null}
      <AuditFilterBar
        // Anew with each address, so Back and Forward show the filters they applied.
        key={params.toString()}
        value={view.filters}
        sessions={view.tab === "sessions"}
        onApply={(filters) => router.push(viewHref({ tab: view.tab, filters }))}
      />
      <Tabs
        value={view.tab}
        onValueChange={(tab) =>
          router.push(viewHref({ tab: tab as typeof view.tab, filters: view.filters }))
        }
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <TabsList aria-label={t("tabs.label")} className="w-full sm:w-fit">
            <TabsTrigger value="entries">{t("tabs.entries")}</TabsTrigger>
            <TabsTrigger value="sessions">{t("tabs.sessions")}</TabsTrigger>
          </TabsList>
          {mayExport && view.tab === "entries" ? (
            <Button asChild variant="outline">
              <a href={exportHref(view.filters)} download title={t("exportLabel")}>
                <Download aria-hidden />
                {t("export")}
              </a>
            </Button>
          ) : null}
        </div>
        <TabsContent value="entries">
          <AuditEntries filters={view.filters} />
        </TabsContent>
        <TabsContent value="sessions">
          {view.session ? (
            <ImpersonationSession id={view.session} now={now} />
          ) : (
            <ImpersonationSessions filters={view.filters} now={now} />
          )}
        </TabsContent>
      </Tabs>
    </div>
  );
}
