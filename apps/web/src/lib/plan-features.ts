import type { PublicPlan } from "@arco/services/plans";

const GB = 1024 ** 3;

/**
 * A plan's monthly price in units of its currency, or null for an enterprise plan without a
 * price, which is quoted on request.
 */
export function monthlyPrice(plan: PublicPlan): number | null {
  if (plan.priceMonthlyCents === 0 && plan.tier === "enterprise") return null;
  return plan.priceMonthlyCents / 100;
}

type Limit = "tickets" | "storage" | "projects" | "domains" | "members";

/** A line of the pricing page: a key of `marketing.pricing.features` and the message's values. */
export interface PlanFeature {
  key: Limit | `${Limit}Unlimited` | "responseTime";
  values?: { count: number };
}

/** A null limit means unlimited. */
const limit = (key: Limit, value: number | null): PlanFeature =>
  value === null ? { key: `${key}Unlimited` } : { key, values: { count: value } };

type PlanLimits = Pick<
  PublicPlan,
  | "ticketsPerMonth"
  | "storageBytes"
  | "maxProjects"
  | "maxDomains"
  | "maxMembers"
  | "responseSlaHours"
>;

/** What a plan includes, derived from the plan's limits. */
export function planFeatures(plan: PlanLimits): PlanFeature[] {
  const features = [
    limit("tickets", plan.ticketsPerMonth),
    limit("storage", plan.storageBytes === null ? null : Math.round(plan.storageBytes / GB)),
    limit("projects", plan.maxProjects),
    limit("domains", plan.maxDomains),
    limit("members", plan.maxMembers),
  ];
  if (plan.responseSlaHours !== null)
    features.push({ key: "responseTime", values: { count: plan.responseSlaHours } });
  return features;
}
