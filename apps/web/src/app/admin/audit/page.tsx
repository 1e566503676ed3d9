import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";

import { staffAllows } from "@arco/services/roles";

import { AuditViewer } from "~/components/admin/audit/audit-viewer";
import { entriesInput, readView, sessionsInput } from "~/components/admin/audit/filters";
import { PageHeader } from "~/components/app-shell/app-shell";
import { nextCursor } from "~/lib/pagination";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAudit");
  return { title: t("metaTitle") };
}

/**
 * Every audited action across clients and the impersonation sessions, for agency staff; the
 * view (tab, session, filters) is the address's, and its first page comes with the page.
 */
export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const [me, t, query, now] = await Promise.all([
    requireStaff({ may: "readAudit" }),
    getTranslations("adminAudit"),
    searchParams,
    getNow(),
  ]);
  const view = readView({
    get: (key) => [query[key]].flat()[0] ?? null,
  });
  const { audit } = trpc.admin;
  await (view.session
    ? Promise.all([
        prefetch(audit.sessionById.queryOptions({ id: view.session })),
        prefetch(
          audit.list.infiniteQueryOptions(entriesInput({ impersonationId: view.session }), {
            getNextPageParam: nextCursor,
          }),
        ),
      ])
    : view.tab === "sessions"
      ? prefetch(
          audit.sessions.infiniteQueryOptions(sessionsInput(view.filters), {
            getNextPageParam: nextCursor,
          }),
        )
      : prefetch(
          audit.list.infiniteQueryOptions(entriesInput(view.filters), {
            getNextPageParam: nextCursor,
          }),
        ));
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditViewer mayExport={staffAllows(me.staffRole, "exportData")} now={now.getTime()} />
    </HydrateClient>
  );
}
