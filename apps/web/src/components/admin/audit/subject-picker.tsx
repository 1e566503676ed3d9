"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";

import { SearchInput } from "~/components/search-input";
import { Button } from "~/components/ui/button";
import { Label } from "~/components/ui/label";
import { useTRPC } from "~/trpc/react";

/**
 * One organization or person for a filter: typed by the start of a name (or email), chosen from
 * the suggestions, shown by name once chosen. The filter itself holds the id.
 */
export function SubjectPicker({
  kind,
  label,
  value,
  onChange,
}: {
  kind: "organization" | "user";
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const t = useTranslations("adminAudit.picker");
  const trpc = useTRPC();
  const inputId = useId();
  const listId = useId();
  const [search, setSearch] = useState("");
  const term = useDeferredValue(search.trim());
  const chosen = useQuery({
    ...trpc.admin.audit.pickerOptions.queryOptions({ kind, id: value }),
    enabled: Boolean(value),
  });
  const suggestions = useQuery({
    ...trpc.admin.audit.pickerOptions.queryOptions({ kind, search: term }),
    enabled: !value && term.length > 0,
    placeholderData: keepPreviousData,
  });

  if (value) {
    const option = chosen.data?.[0];
    const name = option ? (option.name ?? option.email ?? value) : value.slice(0, 8);
    return (
      <div className="grid gap-2">
        <span className="text-sm font-medium">{label}</span>
        <Button
          type="button"
          variant="secondary"
          className="h-9 justify-between"
          aria-label={t("remove", { name })}
          onClick={() => onChange(undefined)}
        >
          <span className="truncate">{name}</span>
          <X aria-hidden />
        </Button>
      </div>
    );
  }

  const options = term ? (suggestions.data ?? []) : [];
  return (
    <div className="relative grid gap-2">
      <Label htmlFor={inputId}>{label}</Label>
      <SearchInput
        id={inputId}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder={kind === "organization" ? t("organizationPlaceholder") : t("userPlaceholder")}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {term ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute top-full z-20 mt-1 grid w-full min-w-56 gap-0.5 rounded-md border bg-popover p-1 text-sm shadow-md"
        >
          {options.length === 0 ? (
            <li className="px-2 py-1.5 text-muted-foreground" aria-live="polite">
              {suggestions.isFetching ? t("searching") : t("noMatch")}
            </li>
          ) : (
            options.map((option) => (
              <li key={option.id} role="option" aria-selected={false}>
                <button
                  type="button"
                  className="grid w-full rounded-sm px-2 py-1.5 text-left outline-none hover:bg-accent focus-visible:bg-accent"
                  onClick={() => {
                    setSearch("");
                    onChange(option.id);
                  }}
                >
                  <span className="truncate font-medium">{option.name ?? option.email}</span>
                  {option.email && option.name ? (
                    <span className="truncate text-xs text-muted-foreground">{option.email}</span>
                  ) : null}
                </button>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
