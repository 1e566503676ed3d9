"use client";

import { ticketPriorities, ticketSorts, ticketStatuses } from "@arco/api/schemas/tickets";

import { priorityLabel, statusLabel } from "~/components/dashboard/tickets/ticket-badges";
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

const sortLabel: Record<SortOption, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  priority: "Priority",
  sla: "Reply due soonest",
};

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
  staffView = false,
}: {
  value: TicketFilterValues;
  onChange: (value: TicketFilterValues) => void;
  staffView?: boolean;
}) {
  return (
    <div className="grid grid-cols-1 gap-3 sm:flex sm:flex-wrap" role="group" aria-label="Filters">
      <FilterSelect<StatusFilter>
        id="ticket-status-filter"
        label="Status"
        value={value.status}
        options={[
          ["active", "Open tickets"],
          ["all", "All tickets"],
          ...ticketStatuses.map((s): [StatusFilter, string] => [
            s,
            s === "waiting_client" && staffView ? "Waiting on client" : statusLabel[s],
          ]),
        ]}
        onChange={(status) => onChange({ ...value, status })}
      />
      <FilterSelect<TicketPriority | "any">
        id="ticket-priority-filter"
        label="Priority"
        value={value.priority}
        options={[
          ["any", "Any priority"],
          ...ticketPriorities.map((p): [TicketPriority, string] => [p, priorityLabel[p]]),
        ]}
        onChange={(priority) => onChange({ ...value, priority })}
      />
      <FilterSelect<SortOption>
        id="ticket-sort"
        label="Sort by"
        value={value.sort}
        options={ticketSorts.map((s): [SortOption, string] => [s, sortLabel[s]])}
        onChange={(sort) => onChange({ ...value, sort })}
      />
    </div>
  );
}
