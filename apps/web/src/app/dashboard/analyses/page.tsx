import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AnalysesView } from "~/components/dashboard/analyses/analyses-view";
import { ANALYSES_PAGE_SIZE, nextCursor } from "~/lib/pagination";
import { requireMe } from "~/trpc/me";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.meta");
  return { title: t("analyses") };
}

export default async function AnalysesPage({ searchParams }: PageProps<"/dashboard/analyses">) {
  await requireMe("/dashboard");
  const { page } = await searchParams;
  const requested = Array.isArray(page) ? page[0] : page;
  const pages = await getQueryClient()
    .fetchQuery(trpc.analyses.pages.queryOptions())
    .catch(() => null);
  // The page chosen in the list, else the one analyzed most recently.
  const selected =
    pages?.find((p) => p.normalizedUrl === requested)?.normalizedUrl ??
    pages?.[0]?.normalizedUrl ??
    null;
  if (selected) {
    await Promise.all([
      prefetch(trpc.analyses.trend.queryOptions({ url: selected })),
      prefetch(
        trpc.analyses.list.infiniteQueryOptions(
          { url: selected, limit: ANALYSES_PAGE_SIZE },
          { getNextPageParam: nextCursor },
        ),
      ),
    ]);
  }
  return (
    <HydrateClient>
      <AnalysesView selected={selected} />
    </HydrateClient>
  );
}
