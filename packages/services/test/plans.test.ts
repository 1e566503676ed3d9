import { plans } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { listPublicPlans } from "../src/plans";
import { publicScope } from "../src/testing";

const testDb = useTestDb();

describe("listPublicPlans", () => {
  it("lists the active tiers in the admins' order and hides retired ones", async () => {
    const { db } = testDb();
    expect((await listPublicPlans(publicScope(db))).map((p) => p.tier)).toEqual([
      "free",
      "basic",
      "pro",
      "enterprise",
    ]);

    await db.update(plans).set({ isActive: false }).where(eq(plans.tier, "basic"));
    await db.update(plans).set({ sortOrder: -1 }).where(eq(plans.tier, "pro"));
    expect((await listPublicPlans(publicScope(db))).map((p) => p.tier)).toEqual([
      "pro",
      "free",
      "enterprise",
    ]);
  });
});
