import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { PageHeader } from "~/components/app-shell/app-shell";
import { FilesView } from "~/components/dashboard/files/files-view";
import { filesListInput } from "~/components/dashboard/files/list-input";
import { NoOrganization } from "~/components/dashboard/no-organization";
import { nextCursor } from "~/lib/pagination";
import { requireMe } from "~/trpc/me";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("files.meta");
  return { title: t("title") };
}

export default async function FilesPage({
  searchParams,
}: {
  searchParams: Promise<{ folder?: string | string[] }>;
}) {
  const me = await requireMe("/dashboard");
  if (!me.activeOrg) {
    const t = await getTranslations("files.view");
    return (
      <>
        <PageHeader title={t("title")} description={t("noOrganization")} />
        <NoOrganization />
      </>
    );
  }
  const { folder } = await searchParams;
  const parsed = z.uuid().safeParse(folder);
  const folderId = parsed.success ? parsed.data : null;
  await Promise.all([
    prefetch(trpc.orgs.current.queryOptions()),
    prefetch(trpc.files.usage.queryOptions()),
    prefetch(trpc.files.folders.queryOptions({ parentId: folderId })),
    prefetch(
      trpc.files.list.infiniteQueryOptions(filesListInput(folderId), {
        getNextPageParam: nextCursor,
      }),
    ),
  ]);
  return (
    <HydrateClient>
      <FilesView key={folderId ?? "top"} folderId={folderId} />
    </HydrateClient>
  );
}
