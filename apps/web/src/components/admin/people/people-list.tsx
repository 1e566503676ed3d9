"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { UsersRound } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";

import { PersonBadges } from "~/components/admin/people/person-badges";
import { PersonOrganizations } from "~/components/admin/people/person-organizations";
import { PersonDialog } from "~/components/admin/people/person-dialog";
import { peopleQueryInput } from "~/components/admin/people/query";
import type { Person } from "~/components/admin/people/query";
import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { SearchInput } from "~/components/search-input";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Checkbox } from "~/components/ui/checkbox";
import { Label } from "~/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { nativeSelect } from "~/lib/native-select";
import { nextCursor } from "~/lib/pagination";
import { useTRPC } from "~/trpc/react";

type AccountsShown = "all" | "enabled" | "disabled";
const disabledFilter = { all: undefined, enabled: false, disabled: true } as const;

/**
 * Everyone with an account, found by name or email, with their organizations; each row opens
 * the person, with what the viewer's role may do to them.
 */
export function PeopleList({ viewerId, mayManage }: { viewerId: string; mayManage: boolean }) {
  const t = useTranslations("adminPeople");
  const format = useFormatter();
  const trpc = useTRPC();
  const ids = { search: useId(), staff: useId(), accounts: useId() };
  const [search, setSearch] = useState("");
  const [staffOnly, setStaffOnly] = useState(false);
  const [accounts, setAccounts] = useState<AccountsShown>("all");
  const [open, setOpen] = useState<Person | null>(null);
  const query = useDeferredValue(search.trim());
  const people = useInfiniteQuery(
    trpc.admin.people.search.infiniteQueryOptions(
      peopleQueryInput({ query, staffOnly, disabled: disabledFilter[accounts] }),
      { getNextPageParam: nextCursor, placeholderData: keepPreviousData },
    ),
  );
  const filtered = Boolean(query) || staffOnly || accounts !== "all";

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4" role="search">
        <div className="grid w-full max-w-sm gap-2">
          <Label htmlFor={ids.search}>{t("search")}</Label>
          <SearchInput
            id={ids.search}
            placeholder={t("searchPlaceholder")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="grid gap-2">
          <Label htmlFor={ids.accounts}>{t("filters.accounts")}</Label>
          <select
            id={ids.accounts}
            className={`${nativeSelect} sm:w-44`}
            value={accounts}
            onChange={(event) => setAccounts(event.target.value as AccountsShown)}
          >
            <option value="all">{t("filters.all")}</option>
            <option value="enabled">{t("filters.enabled")}</option>
            <option value="disabled">{t("filters.disabled")}</option>
          </select>
        </div>
        <div className="flex h-9 items-center gap-2">
          <Checkbox
            id={ids.staff}
            checked={staffOnly}
            onCheckedChange={(checked) => setStaffOnly(checked === true)}
          />
          <Label htmlFor={ids.staff}>{t("filters.staffOnly")}</Label>
        </div>
      </div>

      <ListStates
        query={people}
        items={people.data?.pages.flatMap((page) => page.items)}
        loadingLabel={t("loading")}
        rows={6}
        empty={
          <EmptyState icon={UsersRound} title={filtered ? t("noMatchTitle") : t("emptyTitle")}>
            {filtered ? t("noMatch") : t("empty")}
          </EmptyState>
        }
      >
        {(items) => (
          <Card className="py-2">
            <div className="overflow-x-auto">
              <Table>
                <caption className="sr-only">{t("caption")}</caption>
                <TableHeader>
                  <TableRow className="hover:bg-transparent">
                    <TableHead className="pl-6">{t("personColumn")}</TableHead>
                    <TableHead className="hidden md:table-cell">{t("organizations")}</TableHead>
                    <TableHead className="hidden lg:table-cell">{t("lastSignIn")}</TableHead>
                    <TableHead className="pr-6 text-right">
                      <span className="sr-only">{t("actions")}</span>
                    </TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((person) => (
                    <TableRow key={person.id}>
                      <TableCell className="min-w-64 pl-6">
                        <span className="block font-medium">{person.name ?? person.email}</span>
                        <span className="block text-sm text-muted-foreground" translate="no">
                          {person.email}
                        </span>
                        <PersonBadges person={person} className="mt-1" />
                      </TableCell>
                      <TableCell className="hidden md:table-cell">
                        <PersonOrganizations person={person} />
                      </TableCell>
                      <TableCell className="hidden text-muted-foreground lg:table-cell">
                        {person.lastSignInAt
                          ? format.dateTime(person.lastSignInAt, "dateTime")
                          : t("neverSignedIn")}
                      </TableCell>
                      <TableCell className="pr-6 text-right">
                        <Button
                          type="button"
                          size="sm"
                          variant="outline"
                          aria-label={t("openPerson", { name: person.name ?? person.email })}
                          onClick={() => setOpen(person)}
                        >
                          {t("open")}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </Card>
        )}
      </ListStates>

      {open ? (
        <PersonDialog
          person={open}
          viewerId={viewerId}
          mayManage={mayManage}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
