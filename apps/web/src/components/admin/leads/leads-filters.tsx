"use client";

import { leadSources, nurtureStatuses } from "@arco/api/schemas/leads";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import type { LeadFilterName, LeadFilterValues } from "~/components/admin/leads/filters";
import { SearchInput } from "~/components/search-input";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/input";
import { Label } from "~/components/ui/label";
import { nativeSelect } from "~/lib/native-select";

/**
 * The console's filters. A choice applies at once; the search and the dates apply with "Apply"
 * (or Enter), so typing does not reload the list at every key.
 */
export function LeadsFilters({
  value,
  onChange,
}: {
  value: LeadFilterValues;
  onChange: (value: LeadFilterValues) => void;
}) {
  const t = useTranslations("adminLeads.filters");
  const tStatus = useTranslations("adminLeads.nurtureStatus");
  const tSource = useTranslations("adminLeads.source");
  const id = useId();
  const [typed, setTyped] = useState({
    search: value.search ?? "",
    from: value.from ?? "",
    to: value.to ?? "",
  });
  const choose = (name: LeadFilterName, choice: string) =>
    onChange({ ...value, [name]: choice || undefined } as LeadFilterValues);
  const yesNo = (name: "consent" | "converted" | "unsubscribed") => (
    <div className="grid gap-1.5">
      <Label htmlFor={`${id}-${name}`}>{t(name)}</Label>
      <select
        id={`${id}-${name}`}
        className={`${nativeSelect} sm:w-36`}
        value={value[name] ?? ""}
        onChange={(event) => choose(name, event.target.value)}
      >
        <option value="">{t("any")}</option>
        <option value="yes">{t("yes")}</option>
        <option value="no">{t("no")}</option>
      </select>
    </div>
  );

  return (
    <form
      role="search"
      aria-label={t("label")}
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({
          ...value,
          search: typed.search.trim() || undefined,
          from: typed.from || undefined,
          to: typed.to || undefined,
        });
      }}
    >
      <div className="grid grid-cols-1 gap-3 sm:flex sm:flex-wrap sm:items-end">
        {yesNo("consent")}
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-nurture`}>{t("nurtureStatus")}</Label>
          <select
            id={`${id}-nurture`}
            className={`${nativeSelect} sm:w-40`}
            value={value.nurtureStatus ?? ""}
            onChange={(event) => choose("nurtureStatus", event.target.value)}
          >
            <option value="">{t("any")}</option>
            {nurtureStatuses.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
        </div>
        {yesNo("converted")}
        {yesNo("unsubscribed")}
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-source`}>{t("source")}</Label>
          <select
            id={`${id}-source`}
            className={`${nativeSelect} sm:w-48`}
            value={value.source ?? ""}
            onChange={(event) => choose("source", event.target.value)}
          >
            <option value="">{t("any")}</option>
            {leadSources.map((source) => (
              <option key={source} value={source}>
                {tSource(source)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:flex sm:flex-wrap sm:items-end">
        <div className="grid gap-1.5 sm:w-72">
          <Label htmlFor={`${id}-search`}>{t("search")}</Label>
          <SearchInput
            id={`${id}-search`}
            placeholder={t("searchPlaceholder")}
            value={typed.search}
            onChange={(event) => setTyped({ ...typed, search: event.target.value })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-from`}>{t("from")}</Label>
          <Input
            id={`${id}-from`}
            type="date"
            value={typed.from}
            onChange={(event) => setTyped({ ...typed, from: event.target.value })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-to`}>{t("to")}</Label>
          <Input
            id={`${id}-to`}
            type="date"
            min={typed.from || undefined}
            value={typed.to}
            onChange={(event) => setTyped({ ...typed, to: event.target.value })}
          />
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("apply")}</Button>
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              setTyped({ search: "", from: "", to: "" });
              onChange({});
            }}
          >
            {t("clear")}
          </Button>
        </div>
      </div>
    </form>
  );
}
