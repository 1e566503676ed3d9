import type { ProjectStatus } from "@arco/api/schemas/projects";

import { formatDate } from "~/lib/format";

export const statusLabel: Record<ProjectStatus, string> = {
  discovery: "Discovery",
  development: "Development",
  testing: "Testing",
  staging: "Staging",
  live: "Live",
  maintenance: "Maintenance",
};

export const statusDescription: Record<ProjectStatus, string> = {
  discovery: "Understanding goals and scope.",
  development: "Being designed and built.",
  testing: "Being checked before release.",
  staging: "Ready for your review on a preview site.",
  live: "Published and in use.",
  maintenance: "Live, with ongoing care and updates.",
};

/** Badge colours per status; the label always says the status too, never the colour alone. */
export const statusClass: Record<ProjectStatus, string> = {
  discovery: "border-transparent bg-secondary text-secondary-foreground",
  development: "border-transparent bg-primary/15 text-primary",
  testing: "border-transparent bg-warning/15 text-foreground",
  staging: "border-transparent bg-warning/25 text-foreground",
  live: "border-transparent bg-success/20 text-foreground",
  maintenance: "border-transparent bg-muted text-muted-foreground",
};

/** Budgets are kept in cents of the plan's currency (BRL). */
export function formatMoney(cents: number, currency = "BRL") {
  return new Intl.NumberFormat("en", { style: "currency", currency }).format(cents / 100);
}

/** An amount in cents as the budget fields expect it: "1500.50", or "" for none. */
export const centsToText = (cents: number | null) =>
  cents === null ? "" : (cents / 100).toFixed(2);

/** A calendar date stored as `YYYY-MM-DD`, shown the same in every time zone. */
export const formatDay = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/** The plan's currency when the organization's summary carries it; Arco's plans are in BRL. */
export const planCurrency = (plan: object) =>
  "currency" in plan && typeof plan.currency === "string" ? plan.currency : "BRL";
