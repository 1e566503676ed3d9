import type { ProjectStatus } from "@arco/api/schemas/projects";
import { useFormatter } from "next-intl";

/** Badge colours per status; the label always says the status too, never the colour alone. */
export const statusClass: Record<ProjectStatus, string> = {
  discovery: "border-transparent bg-secondary text-secondary-foreground",
  development: "border-transparent bg-primary/15 text-primary",
  testing: "border-transparent bg-warning/15 text-foreground",
  staging: "border-transparent bg-warning/25 text-foreground",
  live: "border-transparent bg-success/20 text-foreground",
  maintenance: "border-transparent bg-muted text-muted-foreground",
};

/** An amount in cents as the budget fields expect it: "1500.50", or "" for none. */
export const centsToText = (cents: number | null) =>
  cents === null ? "" : (cents / 100).toFixed(2);

/**
 * The project's formatters: budgets (kept in cents of the plan's currency), and calendar dates
 * stored as `YYYY-MM-DD`, shown as the same day in every time zone.
 */
export function useProjectFormat() {
  const format = useFormatter();
  return {
    money: (cents: number, currency: string) =>
      format.number(cents / 100, { style: "currency", currency }),
    day: (iso: string) =>
      format.dateTime(new Date(`${iso}T00:00:00Z`), "date", { timeZone: "UTC" }),
  };
}

/** The plan's currency when the organization's summary carries it; Arco's plans are in BRL. */
export const planCurrency = (plan: object) =>
  "currency" in plan && typeof plan.currency === "string" ? plan.currency : "BRL";
