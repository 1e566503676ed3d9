import { useTestDb } from "@arco/db/testing";
import { listPublicPlans } from "@arco/services/plans";
import { publicScope } from "@arco/services/testing";
import type { PublicPlan } from "@arco/services/plans";
import { beforeAll, describe, expect, it } from "vitest";

import { planFeatures, planPrice } from "~/lib/plan-features";

// The catalogue the migrations install, as the pricing page reads it.
const testDb = useTestDb();
let catalogue: PublicPlan[] = [];
beforeAll(async () => {
  catalogue = await listPublicPlans(publicScope(testDb().db));
});
const plan = (tier: PublicPlan["tier"]) => catalogue.find((p) => p.tier === tier)!;

/** Intl separates the currency symbol with a no-break space; compare with a plain one. */
const price = (p: PublicPlan) => {
  const { amount, period } = planPrice(p);
  return { amount: amount.replace(/\u00a0/g, " "), ...(period ? { period } : {}) };
};

describe("the pricing page's words for a plan", () => {
  it("shows prices in reais, per month, and enterprise as custom", () => {
    expect(price(plan("free"))).toEqual({ amount: "R$ 0" });
    expect(price(plan("basic"))).toEqual({ amount: "R$ 297", period: "/month" });
    expect(price({ ...plan("pro"), priceMonthlyCents: 89_750 }).amount).toBe("R$ 897,50");
    expect(price(plan("enterprise"))).toEqual({ amount: "Custom" });
  });

  it("lists each tier's limits from the plan, not from the page", () => {
    expect(planFeatures(plan("free"))).toEqual([
      "15 support tickets a month",
      "5 GB file storage",
      "1 project",
      "1 domain",
      "1 team member",
    ]);
    expect(planFeatures(plan("pro"))).toEqual([
      "60 support tickets a month",
      "100 GB file storage",
      "10 projects",
      "10 domains",
      "10 team members",
      "4 h response time",
      "AI insights",
      "Google and Meta campaigns",
    ]);
    expect(planFeatures(plan("enterprise"))).toContain("Unlimited support tickets");
    expect(planFeatures(plan("enterprise"))).toContain("White label");
    expect(planFeatures({ ...plan("basic"), ticketsPerMonth: 45 })[0]).toBe(
      "45 support tickets a month",
    );
  });
});
