"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Download, Magnet } from "lucide-react";
import type { Route } from "next";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";

import { leadFiltersQuery, leadsQueryInput } from "~/components/admin/leads/filters";
import type { LeadFilterValues } from "~/components/admin/leads/filters";
import { LeadsFilters } from "~/components/admin/leads/leads-filters";
import { LeadsTable } from "~/components/admin/leads/leads-table";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Button } from "~/components/ui/button";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

/**
 * The leads the page's address selects: the filters live in its query string, so a view can be
 * shared, reloaded and exported as it is. Agency admins download the same view as CSV.
 */
export function LeadsConsole({
  filters,
  mayExport,
}: {
  filters: LeadFilterValues;
  mayExport: boolean;
}) {
  const t = useTranslations("adminLeads");
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const [navigating, startNavigation] = useTransition();
  const leads = useInfiniteQuery(
    trpc.admin.leads.list.infiniteQueryOptions(leadsQueryInput(filters), {
      getNextPageParam: nextCursor,
      placeholderData: keepPreviousData,
    }),
  );
  const query = leadFiltersQuery(filters);
  const filtered = query !== "";
  const apply = (next: LeadFilterValues) => {
    const search = leadFiltersQuery(next);
    startNavigation(() =>
      router.replace(`${pathname}${search ? `?${search}` : ""}` as Route, { scroll: false }),
    );
  };

  return (
    <section aria-labelledby="leads-heading" className="grid gap-4" aria-busy={navigating}>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 id="leads-heading" className="text-lg font-semibold">
          {t("list.title")}
        </h2>
        {mayExport ? (
          <Button asChild variant="outline" size="sm">
            <a href={`/api/admin/leads/export${query ? `?${query}` : ""}`} download>
              <Download aria-hidden />
              {t("list.export")}
            </a>
          </Button>
        ) : null}
      </div>
      <LeadsFilters value={filters} onChange={apply} />
      <ListStates
        query={leads}
        items={leads.data?.pages.flatMap((page) => page.items)}
        loadingLabel={t("loading")}
        rows={6}
        empty={
          <EmptyState
            icon={Magnet}
            title={filtered ? t("list.noMatchTitle") : t("list.emptyTitle")}
          >
            {filtered ? t("list.noMatch") : t("list.empty")}
          </EmptyState>
        }
      >
        {(items) => <LeadsTable leads={items} />}
      </ListStates>
    </section>
  );
}
