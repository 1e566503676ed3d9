import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "~/components/app-shell/app-shell";
import { MembersView } from "~/components/dashboard/members/members-view";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { MEMBERS_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { isManager } from "@arco/services/roles";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.meta");
  return { title: t("members") };
}

export default async function MembersPage() {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    const t = await getTranslations("dashboard");
    return (
      <>
        <PageHeader title={t("meta.members")} description={t("members.noOrganization")} />
        <NoOrganization />
      </>
    );
  }
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetch(
      trpc.members.list.infiniteQueryOptions(
        { limit: MEMBERS_PAGE_SIZE },
        { getNextPageParam: nextCursor },
      ),
    ),
    // Only owners and admins may see invitations; asking as anyone else would be refused.
    isManager(me.activeOrg.role) ? prefetch(trpc.invitations.list.queryOptions()) : null,
  ]);
  return (
    <HydrateClient>
      <MembersView />
    </HydrateClient>
  );
}
