import type { PublicPlan } from "@arco/services/plans";

const GB = 1024 ** 3;

/** "R$ 297" for whole amounts, "R$ 297,50" otherwise; enterprise plans without a price are custom. */
export function planPrice(plan: PublicPlan): { amount: string; period?: string } {
  if (plan.priceMonthlyCents === 0 && plan.tier === "enterprise") return { amount: "Custom" };
  const reais = plan.priceMonthlyCents / 100;
  const amount = new Intl.NumberFormat("pt-BR", {
    style: "currency",
    currency: plan.currency,
    maximumFractionDigits: Number.isInteger(reais) ? 0 : 2,
  }).format(reais);
  return plan.priceMonthlyCents === 0 ? { amount } : { amount, period: "/month" };
}

const platformNames: Record<PublicPlan["campaignPlatforms"][number], string> = {
  google_ads: "Google",
  meta_ads: "Meta",
  linkedin_ads: "LinkedIn",
  tiktok_ads: "TikTok",
};

const limit = (value: number | null, unit: string) =>
  value === null ? `Unlimited ${unit}` : `${value} ${unit}`;

function campaigns(platforms: PublicPlan["campaignPlatforms"]): string | null {
  if (platforms.length === 0) return null;
  if (platforms.length === Object.keys(platformNames).length)
    return "Campaigns on every ad platform";
  if (platforms.length === 1 && platforms[0] === "google_ads") return "Google Ads campaigns";
  const names = platforms.map((p) => platformNames[p]);
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)} campaigns`;
}

/** What a plan includes, in the words of the pricing page; derived from the plan's limits. */
export function planFeatures(plan: PublicPlan): string[] {
  const storage =
    plan.storageBytes === null
      ? "Unlimited storage"
      : `${Math.round(plan.storageBytes / GB)} GB file storage`;
  const features = [
    plan.ticketsPerMonth === null
      ? "Unlimited support tickets"
      : `${plan.ticketsPerMonth} support tickets a month`,
    storage,
    limit(plan.maxProjects, plan.maxProjects === 1 ? "project" : "projects"),
    limit(plan.maxDomains, plan.maxDomains === 1 ? "domain" : "domains"),
    limit(plan.maxMembers, plan.maxMembers === 1 ? "team member" : "team members"),
  ];
  if (plan.responseSlaHours !== null) features.push(`${plan.responseSlaHours} h response time`);
  if (plan.aiInsights === "standard") features.push("AI insights");
  if (plan.aiInsights === "priority") features.push("Priority AI insights");
  const ads = campaigns(plan.campaignPlatforms);
  if (ads) features.push(ads);
  if (plan.whiteLabel) features.push("White label");
  return features;
}
