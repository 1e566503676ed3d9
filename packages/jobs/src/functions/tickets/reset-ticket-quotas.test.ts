import { orgQuotas, organizations } from "@arco/db/schema";
import { planOf, useTestDb } from "@arco/db/testing";
import { describe, expect, it } from "vitest";

import { resetTicketQuotas } from "./reset-ticket-quotas";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();
const DAY = 24 * 3600 * 1000;

const run = () => runOnSchedule(resetTicketQuotas, testDb().db);

const quotaOf = async (orgId: string) =>
  (await testDb().db.query.orgQuotas.findFirst({ where: (q, { eq }) => eq(q.orgId, orgId) }))!;

/** A basic organization with its ticket counters as given. */
async function orgWithQuota(quota: Omit<typeof orgQuotas.$inferInsert, "orgId">) {
  const { db } = testDb();
  const plan = await planOf(db, "basic");
  const slug = `org-${crypto.randomUUID()}`;
  const [org] = await db
    .insert(organizations)
    .values({ name: slug, slug, planId: plan.id })
    .returning();
  await db.insert(orgQuotas).values({ orgId: org!.id, ...quota });
  return org!;
}

describe("reset-ticket-quotas", () => {
  it("runs hourly", () => {
    expect(resetTicketQuotas.inngest.opts.triggers).toEqual([{ cron: "0 * * * *" }]);
  });

  it("gives organizations whose period ended a new month, and leaves the others alone", async () => {
    const endedAt = new Date(Date.now() - DAY);
    const due = await orgWithQuota({
      ticketsUsed: 30,
      ticketPeriodStart: new Date(Date.now() - 31 * DAY),
      ticketPeriodEnd: endedAt,
    });
    const current = await orgWithQuota({
      ticketsUsed: 4,
      ticketPeriodEnd: new Date(Date.now() + 10 * DAY),
    });

    const { result, error, ctx } = await run();

    expect(error).toBeUndefined();
    expect(result).toEqual({ reset: 1 });
    expect(ctx.step.run).toHaveBeenCalledWith("reset-due-quotas", expect.any(Function));
    const after = await quotaOf(due.id);
    expect(after.ticketsUsed).toBe(0);
    expect(after.ticketPeriodStart).toEqual(endedAt);
    expect(after.ticketPeriodEnd.getTime()).toBeGreaterThan(Date.now());
    expect((await quotaOf(current.id)).ticketsUsed).toBe(4);

    expect((await run()).result).toEqual({ reset: 0 });
  });
});
