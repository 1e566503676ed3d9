import { seed } from "@arco/db/seed";
import { useTestDb } from "@arco/db/testing";
import { describe, expect, it } from "vitest";

import { staffScope, systemScope } from "../testing";
import { businessMetrics, rollUpTicketMonths } from ".";

const testDb = useTestDb();

describe("the demo's admin home", () => {
  it("gives every card of the business metrics something to show, this month included", async () => {
    const { db } = testDb();
    const now = new Date();
    await seed(db, now);
    // As the app's first run of the hourly roll-up leaves it (the local runner runs it at start).
    await rollUpTicketMonths(systemScope(db, { now: () => now }));
    const metrics = await businessMetrics(staffScope(db, null, { now: () => now }), {
      months: 12,
    });

    expect(metrics.summary.mrrCents).toBeGreaterThan(0);
    expect(metrics.summary.churnedThisMonth).toBeGreaterThan(0);
    // Revenue in every month, and clients arriving and leaving over the year.
    expect(metrics.revenue.every((m) => m.mrrCents > 0)).toBe(true);
    expect(new Set(metrics.revenue.map((m) => m.mrrCents)).size).toBeGreaterThan(3);
    expect(metrics.revenue.filter((m) => m.new > 0).length).toBeGreaterThan(3);
    expect(metrics.revenue.filter((m) => m.churned > 0).length).toBeGreaterThan(1);
    expect(metrics.tiers.filter((t) => t.clients > 0).map((t) => t.tier)).toEqual([
      "free",
      "basic",
      "pro",
    ]);
    // Tickets in every month, answered in time and late.
    expect(metrics.tickets.every((m) => m.opened > 0)).toBe(true);
    const promised = metrics.sla.filter(
      (g) => g.tiers.includes("basic") || g.tiers.includes("pro"),
    );
    expect(promised).toHaveLength(2);
    for (const group of promised) {
      expect(group.met).toBeGreaterThan(0);
      expect(group.breached).toBeGreaterThan(0);
      expect(group.firstResponseSeconds).toBeGreaterThan(0);
    }
    expect(metrics.storage.filter((t) => t.bytes > 0).length).toBeGreaterThan(2);
    const { analyses, leads, signUps, payingOrganizations } = metrics.funnel;
    expect(analyses).toBeGreaterThan(leads);
    expect(leads).toBeGreaterThan(signUps);
    expect(signUps).toBeGreaterThan(payingOrganizations);
    expect(payingOrganizations).toBeGreaterThan(0);
  });
});
