"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Globe } from "lucide-react";
import Link from "next/link";
import { useDeferredValue, useState } from "react";

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
import { formatDate, plural } from "~/lib/format";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

import { AddDomainDialog } from "./add-domain-dialog";
import {
  DaysLeft,
  DomainStatusBadge,
  SslBadge,
  domainStatusLabel,
  sslStatusLabel,
} from "./domain-badges";
import { DEFAULT_FILTERS, dateOnly, domainsListInput } from "./list-options";
import type { DomainFilters, DomainSort, DomainStatus, SslStatus } from "./list-options";

const ALL = "all";
const sortLabel: Record<DomainSort, string> = {
  name: "Name",
  renewal: "Renewal date",
  certificate: "Certificate expiry",
};

export function DomainsView() {
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
        title="Domains"
        description={
          max === null
            ? `${plural(total, "domain")} of ${org.name}. Renewals, DNS records and HTTPS certificates in one place.`
            : `${total} of ${max} domains on the ${org.plan.name} plan. Renewals, DNS records and HTTPS certificates in one place.`
        }
        actions={editor ? <AddDomainDialog disabled={full} /> : null}
      />

      {full && editor ? <DomainLimitPrompt max={max} /> : null}

      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,1fr)_10rem_12rem_11rem] lg:items-end">
        <div className="grid gap-2">
          <Label htmlFor="domain-search">Search domains</Label>
          <SearchInput
            id="domain-search"
            placeholder="example.com"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <FilterSelect
          label="Status"
          value={filters.status ?? ALL}
          options={domainStatusLabel}
          onChange={(v) => set({ status: v === ALL ? undefined : (v as DomainStatus) })}
        />
        <FilterSelect
          label="Certificate"
          value={filters.sslStatus ?? ALL}
          options={sslStatusLabel}
          onChange={(v) => set({ sslStatus: v === ALL ? undefined : (v as SslStatus) })}
        />
        <FilterSelect
          label="Sort by"
          value={filters.sort}
          options={sortLabel}
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
            Only domains expiring within 30 days
          </Label>
        </div>
      </div>

      <ListStates
        query={list}
        items={rows}
        loadingLabel="Loading domains"
        empty={<NoDomains filtered={filtered} editor={editor} full={full} />}
      >
        {(domains) => (
          <Card className="py-0">
            <CardContent className="px-0">
              <Table>
                <TableHeader>
                  <TableRow className="hover:bg-transparent">
                    <TableHead className="pl-4">Domain</TableHead>
                    <TableHead className="hidden sm:table-cell">Status</TableHead>
                    <TableHead>Certificate</TableHead>
                    <TableHead className="hidden md:table-cell">Renews</TableHead>
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
                            <span className="text-xs">
                              Expires <DaysLeft when={domain.sslExpiresAt} />
                            </span>
                          ) : null}
                        </div>
                      </TableCell>
                      <TableCell className="hidden md:table-cell">
                        {domain.renewsOn ? (
                          <div className="grid gap-0.5">
                            <span>{formatDate(dateOnly(domain.renewsOn))}</span>
                            <DaysLeft when={domain.renewsOn} className="text-xs" />
                          </div>
                        ) : (
                          <span className="text-muted-foreground">Not set</span>
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

function FilterSelect({
  label,
  value,
  options,
  onChange,
  withAll = true,
}: {
  label: string;
  value: string;
  options: Record<string, string>;
  onChange: (value: string) => void;
  withAll?: boolean;
}) {
  const id = `filter-${label.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <SelectTrigger id={id} className="w-full">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {withAll ? <SelectItem value={ALL}>Any</SelectItem> : null}
          {Object.entries(options).map(([key, text]) => (
            <SelectItem key={key} value={key}>
              {text}
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
  return (
    <EmptyState
      icon={Globe}
      title={filtered ? "No domains match" : "No domains yet"}
      action={!filtered && editor ? <AddDomainDialog disabled={full} /> : null}
    >
      {filtered
        ? "Try another search or clear the filters."
        : editor
          ? "Add your site’s domain to follow its renewal date, DNS records and HTTPS certificate. We’ll warn you before anything expires."
          : "When the team adds a domain, its renewal date, DNS records and certificate show up here."}
    </EmptyState>
  );
}

function DomainLimitPrompt({ max }: { max: number }) {
  return (
    <UpgradePrompt title="You’ve reached your plan’s domains.">
      Your plan includes {plural(max, "domain")}. Upgrade to add more, or remove one you no longer
      need.
    </UpgradePrompt>
  );
}
