"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Globe } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";

import { domainSorts } from "@arco/api/schemas/domains";
import { allows } from "@arco/services/roles";

import { UpgradePrompt } from "~/components/dashboard/upgrade-prompt";
import { PageHeader } from "~/components/app-shell/app-shell";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { QueryError } from "~/components/query-error";
import { SearchInput } from "~/components/search-input";
import { Card, CardContent } from "~/components/ui/card";
import { Checkbox } from "~/components/ui/checkbox";
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { Skeleton } from "~/components/ui/skeleton";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

import { AddDomainDialog } from "./add-domain-dialog";
import { useDaysLeft, useFormatDay } from "./dates";
import {
  DaysLeft,
  DomainStatusBadge,
  SslBadge,
  daysLeftTone,
  domainStatusOptions,
  sslStatusOptions,
} from "./domain-badges";
import { DEFAULT_FILTERS, domainsListInput } from "./list-options";
import type { DomainFilters, DomainSort, DomainStatus, SslStatus } from "./list-options";

const ALL = "all";

export function DomainsView() {
  const tDomains = useTranslations("domains");
  const t = useTranslations("domains.list");
  const tStatus = useTranslations("domains.status");
  const tSsl = useTranslations("domains.ssl");
  const formatDay = useFormatDay();
  const trpc = useTRPC();
  const current = useQuery(trpc.orgs.current.queryOptions());
  const overview = useQuery(trpc.domains.overview.queryOptions());
  const [filters, setFilters] = useState<DomainFilters>(DEFAULT_FILTERS);
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const list = useInfiniteQuery(
    trpc.domains.list.infiniteQueryOptions(
      domainsListInput({ ...filters, search: term || undefined }),
      {
        getNextPageParam: nextCursor,
      },
    ),
  );

  if (current.isPending) return <Skeleton className="h-40 rounded-xl" />;
  if (current.isError)
    return <QueryError error={current.error} retry={() => void current.refetch()} />;

  const org = current.data;
  const editor = allows(org.role, "manageDomains");
  const max = org.plan.maxDomains;
  const total = overview.data?.total ?? 0;
  const full = max !== null && total >= max;
  const rows = list.data?.pages.flatMap((page) => page.items);
  const filtered = Boolean(filters.status || filters.sslStatus || filters.expiringSoon || term);
  const set = (patch: Partial<DomainFilters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          max === null
            ? t("summary", { count: total, org: org.name })
            : t("summaryLimited", { count: total, max, plan: org.plan.name })
        }
        actions={editor ? <AddDomainDialog disabled={full} /> : null}
      />

      {full && editor ? <DomainLimitPrompt max={max} /> : null}

      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,1fr)_10rem_12rem_11rem] lg:items-end">
        <div className="grid gap-2">
          <Label htmlFor="domain-search">{t("search")}</Label>
          <SearchInput
            id="domain-search"
            placeholder={t("searchPlaceholder")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <FilterSelect
          id="filter-status"
          label={t("filters.status")}
          value={filters.status ?? ALL}
          options={domainStatusOptions.map((status) => ({ value: status, label: tStatus(status) }))}
          onChange={(v) => set({ status: v === ALL ? undefined : (v as DomainStatus) })}
        />
        <FilterSelect
          id="filter-certificate"
          label={t("filters.certificate")}
          value={filters.sslStatus ?? ALL}
          options={sslStatusOptions.map((status) => ({ value: status, label: tSsl(status) }))}
          onChange={(v) => set({ sslStatus: v === ALL ? undefined : (v as SslStatus) })}
        />
        <FilterSelect
          id="filter-sort-by"
          label={t("filters.sort")}
          value={filters.sort}
          options={domainSorts.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
          onChange={(v) => set({ sort: v as DomainSort })}
          withAll={false}
        />
        <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-4">
          <Checkbox
            id="expiring-soon"
            checked={filters.expiringSoon === true}
            onCheckedChange={(checked) => set({ expiringSoon: checked === true || undefined })}
          />
          <Label htmlFor="expiring-soon" className="font-normal">
            {t("filters.expiringSoon")}
          </Label>
        </div>
      </div>

      <ListStates
        query={list}
        items={rows}
        loadingLabel={tDomains("loading.list")}
        empty={<NoDomains filtered={filtered} editor={editor} full={full} />}
      >
        {(domains) => (
          <Card className="py-0">
            <CardContent className="px-0">
              <Table>
                <TableHeader>
                  <TableRow className="hover:bg-transparent">
                    <TableHead className="pl-4">{t("columns.domain")}</TableHead>
                    <TableHead className="hidden sm:table-cell">{t("columns.status")}</TableHead>
                    <TableHead>{t("columns.certificate")}</TableHead>
                    <TableHead className="hidden md:table-cell">{t("columns.renews")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {domains.map((domain) => (
                    <TableRow key={domain.id}>
                      <TableCell className="max-w-[11rem] pl-4 sm:max-w-none">
                        <Link
                          href={`/dashboard/domains/${domain.id}`}
                          className="block truncate font-medium underline-offset-4 hover:underline"
                        >
                          {domain.name}
                        </Link>
                        {domain.overPlan ? (
                          <span className="block text-xs text-muted-foreground">
                            {tDomains("readOnly")}
                          </span>
                        ) : null}
                        <span className="text-xs sm:hidden">
                          <DomainStatusBadge status={domain.status} />
                        </span>
                      </TableCell>
                      <TableCell className="hidden sm:table-cell">
                        <DomainStatusBadge status={domain.status} />
                      </TableCell>
                      <TableCell>
                        <div className="grid gap-1">
                          <SslBadge status={domain.sslStatus} />
                          {domain.sslExpiresAt ? (
                            <CertificateExpires when={domain.sslExpiresAt} />
                          ) : null}
                        </div>
                      </TableCell>
                      <TableCell className="hidden md:table-cell">
                        {domain.renewsOn ? (
                          <div className="grid gap-0.5">
                            <span>{formatDay(domain.renewsOn)}</span>
                            <DaysLeft when={domain.renewsOn} className="text-xs" />
                          </div>
                        ) : (
                          <span className="text-muted-foreground">{tDomains("notSet")}</span>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        )}
      </ListStates>
    </>
  );
}

/** "Expires in 12 days", the days coloured by how soon. */
function CertificateExpires({ when }: { when: Date }) {
  const t = useTranslations("domains.list");
  const { days, label } = useDaysLeft()(when);
  return (
    <span className="text-xs">
      {t.rich("certificateExpires", {
        tense: days < 0 ? "past" : "future",
        when: label,
        left: (chunks) => <span className={daysLeftTone(days)}>{chunks}</span>,
      })}
    </span>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
  withAll = true,
}: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  withAll?: boolean;
}) {
  const t = useTranslations("domains.list.filters");
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <SelectTrigger id={id} className="w-full">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {withAll ? <SelectItem value={ALL}>{t("any")}</SelectItem> : null}
          {options.map((option) => (
            <SelectItem key={option.value} value={option.value}>
              {option.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}

function NoDomains({
  filtered,
  editor,
  full,
}: {
  filtered: boolean;
  editor: boolean;
  full: boolean;
}) {
  const t = useTranslations("domains.list.empty");
  return (
    <EmptyState
      icon={Globe}
      title={filtered ? t("filteredTitle") : t("title")}
      action={!filtered && editor ? <AddDomainDialog disabled={full} /> : null}
    >
      {filtered ? t("filtered") : editor ? t("editor") : t("viewer")}
    </EmptyState>
  );
}

function DomainLimitPrompt({ max }: { max: number }) {
  const t = useTranslations("domains.list.limit");
  return <UpgradePrompt title={t("title")}>{t("body", { max })}</UpgradePrompt>;
}
