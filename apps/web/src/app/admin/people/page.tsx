import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { staffAllows } from "@arco/services/roles";

import { PeopleList } from "~/components/admin/people/people-list";
import { peopleQueryInput } from "~/components/admin/people/query";
import { PageHeader } from "~/components/app-shell/app-shell";
import { nextCursor } from "~/lib/pagination";
import { requireStaff } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPeople");
  return { title: t("metaTitle") };
}

/** Every account across clients: agency staff find people; admins also manage them. */
export default async function PeoplePage() {
  const [me, t] = await Promise.all([
    requireStaff({ may: "findPeople" }),
    getTranslations("adminPeople"),
  ]);
  await prefetch(
    trpc.admin.people.search.infiniteQueryOptions(peopleQueryInput({}), {
      getNextPageParam: nextCursor,
    }),
  );
  return (
    <HydrateClient>
      <PageHeader title={t("title")} description={t("description")} />
      <PeopleList viewerId={me.id} mayManage={staffAllows(me.staffRole, "managePeople")} />
    </HydrateClient>
  );
}
