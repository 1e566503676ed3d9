import { useTestDb } from "@arco/db/testing";
import { listPublicPlans } from "@arco/services/plans";
import { publicScope } from "@arco/services/testing";
import type { PublicPlan } from "@arco/services/plans";
import { beforeAll, describe, expect, it } from "vitest";

import { monthlyPrice, planFeatures } from "~/lib/plan-features";

// The catalogue the migrations install, as the pricing page reads it.
const testDb = useTestDb();
let catalogue: PublicPlan[] = [];
beforeAll(async () => {
  catalogue = await listPublicPlans(publicScope(testDb().db));
});
const plan = (tier: PublicPlan["tier"]) => catalogue.find((p) => p.tier === tier)!;

describe("the pricing page's lines for a plan", () => {
  it("prices per month in the plan's currency, and enterprise as quoted", () => {
    expect(monthlyPrice(plan("free"))).toBe(0);
    expect(monthlyPrice(plan("basic"))).toBe(297);
    expect(monthlyPrice({ ...plan("pro"), priceMonthlyCents: 89_750 })).toBe(897.5);
    expect(monthlyPrice(plan("enterprise"))).toBeNull();
  });

  it("lists each tier's limits from the plan, not from the page", () => {
    expect(planFeatures(plan("free"))).toEqual([
      { key: "tickets", values: { count: 15 } },
      { key: "storage", values: { count: 5 } },
      { key: "projects", values: { count: 1 } },
      { key: "domains", values: { count: 1 } },
      { key: "members", values: { count: 1 } },
    ]);
    expect(planFeatures(plan("pro")).at(-1)).toEqual({ key: "responseTime", values: { count: 4 } });
    expect(planFeatures(plan("enterprise"))).toContainEqual({ key: "ticketsUnlimited" });
    expect(planFeatures({ ...plan("basic"), ticketsPerMonth: 45 })[0]).toEqual({
      key: "tickets",
      values: { count: 45 },
    });
  });
});
