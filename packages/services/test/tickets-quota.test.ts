import { orgQuotas, organizations, supportTickets } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq, lte } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { orgScope, systemScope } from "../src/testing";
import { createTicket, resetDueTicketQuotas, ticketQuota } from "../src/tickets";

const testDb = useTestDb();
const silent = async () => ({}) as never;

/** Periods below are written in UTC, so the organizations keep their calendar in UTC. */
async function orgWith(
  tier: "free" | "basic" | "pro" | "enterprise",
  quota: Partial<typeof orgQuotas.$inferInsert>,
  timeZone = "UTC",
) {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier, owner });
  await db.update(orgQuotas).set(quota).where(eq(orgQuotas.orgId, org.id));
  await db
    .update(organizations)
    .set({ settings: { timezone: timeZone } })
    .where(eq(organizations.id, org.id));
  return { org, owner };
}

const quotaRow = async (orgId: string) =>
  (await testDb().db.select().from(orgQuotas).where(eq(orgQuotas.orgId, orgId)))[0]!;

const open = (orgId: string, owner: { id: string }, now?: Date) =>
  createTicket(
    orgScope(testDb().db, owner, orgId, { now: now && (() => now), deps: { sendEmail: silent } }),
    {
      subject: "The contact form is broken",
      description: "Nothing arrives when visitors send it.",
    },
  );

describe("the monthly ticket quota", () => {
  it("lets exactly the remaining tickets through when 50 are opened at once", async () => {
    const { org, owner } = await orgWith("basic", { ticketsUsed: 28 });

    const results = await Promise.allSettled(Array.from({ length: 50 }, () => open(org.id, owner)));

    const created = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(created).toHaveLength(2);
    expect(refused).toHaveLength(48);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "QUOTA_EXCEEDED" });
    expect((await quotaRow(org.id)).ticketsUsed).toBe(30);
    const tickets = await testDb()
      .db.select({ number: supportTickets.number })
      .from(supportTickets)
      .where(eq(supportTickets.orgId, org.id));
    expect(tickets.map((t) => t.number).sort()).toEqual([1, 2]);
  });

  it("says the allowance is used up and suggests upgrading", async () => {
    const end = new Date("2030-03-05T00:00:00Z");
    const { org, owner } = await orgWith("free", { ticketsUsed: 15, ticketPeriodEnd: end });

    await expect(open(org.id, owner, new Date("2030-03-01T00:00:00Z"))).rejects.toMatchObject({
      code: "QUOTA_EXCEEDED",
      message:
        "You’ve used all 15 tickets of this month. Upgrade for more, or wait for the count to restart.",
    });
  });

  it("never runs out on an unlimited plan", async () => {
    const { org, owner } = await orgWith("enterprise", { ticketsUsed: 5000 });
    await open(org.id, owner);
    expect((await quotaRow(org.id)).ticketsUsed).toBe(5001);
  });

  it("starts the current period itself when the reset is late, even after missed months", async () => {
    const now = new Date("2030-05-20T12:00:00Z");
    const { org, owner } = await orgWith("free", {
      ticketsUsed: 15,
      ticketPeriodStart: new Date("2030-01-10T00:00:00Z"),
      ticketPeriodEnd: new Date("2030-02-10T00:00:00Z"),
    });

    await open(org.id, owner, now);

    expect(await quotaRow(org.id)).toMatchObject({
      ticketsUsed: 1,
      ticketPeriodStart: new Date("2030-05-10T00:00:00Z"),
      ticketPeriodEnd: new Date("2030-06-10T00:00:00Z"),
    });
  });

  it("reads an ended period as the current, empty one", async () => {
    const { org } = await orgWith("basic", {
      ticketsUsed: 9,
      ticketPeriodStart: new Date("2030-01-10T00:00:00Z"),
      ticketPeriodEnd: new Date("2030-02-10T00:00:00Z"),
    });
    expect(
      await ticketQuota(
        orgScope(testDb().db, null, org.id, { now: () => new Date("2030-02-11T00:00:00Z") }),
      ),
    ).toEqual({
      used: 0,
      limit: 30,
      periodStart: new Date("2030-02-10T00:00:00Z"),
      periodEnd: new Date("2030-03-10T00:00:00Z"),
    });
  });
});

describe("resetDueTicketQuotas", () => {
  it("resets every due organization to its current period, once", async () => {
    const { db } = testDb();
    const now = new Date("2031-04-15T08:00:00Z");
    const dueNow = await orgWith("basic", {
      ticketsUsed: 30,
      ticketPeriodStart: new Date("2031-03-15T08:00:00Z"),
      ticketPeriodEnd: new Date("2031-04-15T08:00:00Z"),
    });
    const missedMonths = await orgWith("pro", {
      ticketsUsed: 12,
      ticketPeriodStart: new Date("2030-10-31T00:00:00Z"),
      ticketPeriodEnd: new Date("2030-11-30T00:00:00Z"),
    });
    const monthEnd = await orgWith("free", {
      ticketsUsed: 3,
      ticketPeriodStart: new Date("2030-12-31T00:00:00Z"),
      ticketPeriodEnd: new Date("2031-01-31T00:00:00Z"),
    });
    const notDue = await orgWith("basic", {
      ticketsUsed: 7,
      ticketPeriodStart: new Date("2031-04-01T00:00:00Z"),
      ticketPeriodEnd: new Date("2031-05-01T00:00:00Z"),
    });
    const untouched = await quotaRow(notDue.org.id);
    // Other test files' organizations live in other databases; this file's earlier ones are due too.
    const dueBefore = await db.$count(orgQuotas, lteEnd(now));

    const first = await resetDueTicketQuotas(systemScope(db, { now: () => now }));

    expect(first).toBe(dueBefore);
    expect(first).toBeGreaterThanOrEqual(3);
    expect(await quotaRow(dueNow.org.id)).toMatchObject({
      ticketsUsed: 0,
      ticketPeriodStart: new Date("2031-04-15T08:00:00Z"),
      ticketPeriodEnd: new Date("2031-05-15T08:00:00Z"),
    });
    expect(await quotaRow(missedMonths.org.id)).toMatchObject({
      ticketsUsed: 0,
      ticketPeriodStart: new Date("2031-03-30T00:00:00Z"),
      ticketPeriodEnd: new Date("2031-04-30T00:00:00Z"),
    });
    expect(await quotaRow(monthEnd.org.id)).toMatchObject({
      ticketsUsed: 0,
      ticketPeriodStart: new Date("2031-03-31T00:00:00Z"),
      ticketPeriodEnd: new Date("2031-04-30T00:00:00Z"),
    });
    expect(await quotaRow(notDue.org.id)).toEqual(untouched);

    expect(await resetDueTicketQuotas(systemScope(db, { now: () => now }))).toBe(0);
    expect((await quotaRow(dueNow.org.id)).ticketPeriodEnd).toEqual(
      new Date("2031-05-15T08:00:00Z"),
    );
  });
});

describe("ticket periods on the organization's calendar", () => {
  it("rolls a São Paulo month end to the next São Paulo month end, not UTC's", async () => {
    const { db } = testDb();
    // 23:00 on Jan 30 in São Paulo (UTC−3) is 02:00 on Jan 31 in UTC.
    const saoPaulo = await orgWith(
      "basic",
      {
        ticketsUsed: 5,
        ticketPeriodStart: new Date("2030-12-31T02:00:00Z"),
        ticketPeriodEnd: new Date("2031-01-31T02:00:00Z"),
      },
      "America/Sao_Paulo",
    );
    const now = new Date("2031-02-15T12:00:00Z");

    expect(
      await ticketQuota(orgScope(db, saoPaulo.owner, saoPaulo.org.id, { now: () => now })),
    ).toMatchObject({ used: 0, periodEnd: new Date("2031-03-01T02:00:00Z") });
    await resetDueTicketQuotas(systemScope(db, { now: () => now }));

    // Jan 30 + 1 month is Feb 28 (23:00 there, Mar 1 in UTC); on UTC's calendar it would have
    // been Feb 28 02:00 UTC, a day early for the client.
    expect(await quotaRow(saoPaulo.org.id)).toMatchObject({
      ticketsUsed: 0,
      ticketPeriodStart: new Date("2031-01-31T02:00:00Z"),
      ticketPeriodEnd: new Date("2031-03-01T02:00:00Z"),
    });
  });
});

const lteEnd = (now: Date) => lte(orgQuotas.ticketPeriodEnd, now);
