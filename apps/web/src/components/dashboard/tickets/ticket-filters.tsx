"use client";

import { ticketPriorities, ticketSorts, ticketStatuses } from "@arco/api/schemas/tickets";
import { useTranslations } from "next-intl";

import {
  usePriorityLabel,
  useTicketStatusLabel,
} from "~/components/dashboard/tickets/ticket-badges";
import type { TicketPriority } from "~/components/dashboard/tickets/ticket-badges";
import type {
  SortOption,
  StatusFilter,
  TicketFilterValues,
} from "~/components/dashboard/tickets/list-input";
import { Label } from "~/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";

function FilterSelect<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value} onValueChange={(v) => onChange(v as T)}>
        <SelectTrigger id={id} className="w-full sm:w-44">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {options.map(([v, text]) => (
            <SelectItem key={v} value={v}>
              {text}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}

export function TicketFilters({
  value,
  onChange,
}: {
  value: TicketFilterValues;
  onChange: (value: TicketFilterValues) => void;
}) {
  const t = useTranslations("tickets.filters");
  const statusLabel = useTicketStatusLabel();
  const priorityLabel = usePriorityLabel();
  return (
    <div
      className="grid grid-cols-1 gap-3 sm:flex sm:flex-wrap"
      role="group"
      aria-label={t("label")}
    >
      <FilterSelect<StatusFilter>
        id="ticket-status-filter"
        label={t("status")}
        value={value.status}
        options={[
          ["active", t("active")],
          ["all", t("all")],
          ...ticketStatuses.map((s): [StatusFilter, string] => [s, statusLabel(s)]),
        ]}
        onChange={(status) => onChange({ ...value, status })}
      />
      <FilterSelect<TicketPriority | "any">
        id="ticket-priority-filter"
        label={t("priority")}
        value={value.priority}
        options={[
          ["any", t("anyPriority")],
          ...ticketPriorities.map((p): [TicketPriority, string] => [p, priorityLabel(p)]),
        ]}
        onChange={(priority) => onChange({ ...value, priority })}
      />
      <FilterSelect<SortOption>
        id="ticket-sort"
        label={t("sortBy")}
        value={value.sort}
        options={ticketSorts.map((s): [SortOption, string] => [s, t(`sort.${s}`)])}
        onChange={(sort) => onChange({ ...value, sort })}
      />
    </div>
  );
}
