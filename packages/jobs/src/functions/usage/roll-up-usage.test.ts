import { usageDaily } from "@arco/db/schema";
import { createOrg, createTicket, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { rollUpUsage } from "./roll-up-usage";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();

const run = () => runOnSchedule(rollUpUsage, testDb().db);

describe("roll-up-usage", () => {
  it("runs hourly", () => {
    expect(rollUpUsage.inngest.opts.triggers).toEqual([{ cron: "10 * * * *" }]);
  });

  it("writes today's usage of every organization, and the same rows when it runs again", async () => {
    const { db } = testDb();
    const org = await createOrg(db, { tier: "basic" });
    await createTicket(db, { orgId: org.id });
    await createTicket(db, { orgId: org.id });

    const { result, error, ctx } = await run();

    expect(error).toBeUndefined();
    expect(result).toEqual({ rows: 1, orgs: 1 });
    expect(ctx.step.run).toHaveBeenCalledWith("roll-up-usage", expect.any(Function));
    const rows = await db.select().from(usageDaily).where(eq(usageDaily.orgId, org.id));
    expect(rows).toEqual([
      expect.objectContaining({
        day: new Date().toISOString().slice(0, 10),
        ticketsOpened: 2,
        analysesRun: 0,
      }),
    ]);

    expect((await run()).result).toEqual({ rows: 0, orgs: 0 });
    expect(await db.select().from(usageDaily).where(eq(usageDaily.orgId, org.id))).toEqual(rows);
  });
});
