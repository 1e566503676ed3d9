import { jobRuns, supportTickets, ticketMonths } from "@arco/db/schema";
import { createOrg, createTicket, useTestDb } from "@arco/db/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { rollUpTicketMonths } from "./roll-up-ticket-months";
import { createLocalRunner } from "../../local-runner";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();

const run = () => runOnSchedule(rollUpTicketMonths, testDb().db);

describe("roll-up-ticket-months", () => {
  it("runs hourly, just past the hour", () => {
    expect(rollUpTicketMonths.inngest.opts.triggers).toEqual([{ cron: "5 * * * *" }]);
  });

  it("counts this month's tickets, and writes nothing new when it runs again", async () => {
    const { db } = testDb();
    const org = await createOrg(db, { tier: "basic" });
    await createTicket(db, { orgId: org.id, responseSlaHours: 24 });
    await createTicket(db, { orgId: org.id, responseSlaHours: 24 });

    const { result, error, ctx } = await run();

    expect(error).toBeUndefined();
    // The previous month and this one.
    expect(result).toEqual({ months: 2, rows: 1 });
    expect(ctx.step.run).toHaveBeenCalledWith("roll-up-ticket-months", expect.any(Function));
    const rows = await db.select().from(ticketMonths);
    expect(rows).toEqual([
      expect.objectContaining({ responseSlaHours: 24, opened: 2, answered: 0, breached: 0 }),
    ]);

    expect((await run()).result).toEqual({ months: 2, rows: 0 });
    expect(await db.select().from(ticketMonths)).toEqual(rows);
  });

  it("fills the roll-up as the app starts under the local runner, which runs the latest slot", async () => {
    const { db } = testDb();
    await db.execute(sql`truncate ${ticketMonths}`);
    const org = await createOrg(db, { tier: "pro" });
    await createTicket(db, { orgId: org.id, responseSlaHours: 4 });
    const runner = createLocalRunner({ db, jobs: [rollUpTicketMonths], pollMs: 60_000 });

    await runner.start();
    await runner.drain();
    await runner.stop();

    const [run] = await db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.functionId, "roll-up-ticket-months"));
    expect(run).toMatchObject({ status: "completed", result: { months: 2 } });
    const [opened] = await db
      .select({ rolledUp: sql<number>`sum(${ticketMonths.opened})::int` })
      .from(ticketMonths);
    expect(opened!.rolledUp).toBe(await db.$count(supportTickets));
  });
});
