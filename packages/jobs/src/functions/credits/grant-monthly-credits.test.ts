import { creditAccounts, creditLedger } from "@arco/db/schema";
import { createOrg, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { grantMonthlyCredits } from "./grant-monthly-credits";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();

const run = () => runOnSchedule(grantMonthlyCredits, testDb().db);

describe("grant-monthly-credits", () => {
  it("runs daily", () => {
    expect(grantMonthlyCredits.inngest.opts.triggers).toEqual([{ cron: "15 3 * * *" }]);
  });

  it("grants each organization its plan's credits for the month once", async () => {
    const { db } = testDb();
    const free = await createOrg(db, { tier: "free" });
    const pro = await createOrg(db, { tier: "pro" });

    const { result, error, ctx } = await run();

    expect(error).toBeUndefined();
    expect(result).toEqual({ granted: 2 });
    expect(ctx.step.run).toHaveBeenCalledWith("grant-monthly-credits", expect.any(Function));
    const balance = async (orgId: string) =>
      (await db.select().from(creditAccounts).where(eq(creditAccounts.orgId, orgId)))[0]?.balance;
    expect(await balance(free.id)).toBe(free.plan.monthlyCredits);
    expect(await balance(pro.id)).toBe(pro.plan.monthlyCredits);

    expect((await run()).result).toEqual({ granted: 0 });
    const entries = await db.select().from(creditLedger).where(eq(creditLedger.orgId, pro.id));
    expect(entries).toHaveLength(1);
  });
});
