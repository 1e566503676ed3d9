/** The demo data fills the agency's people and leads pages with something to look at. */
import { seed } from "@arco/db/seed";
import { useTestDb } from "@arco/db/testing";
import { beforeAll, describe, expect, it } from "vitest";

import { leadsFunnel, listLeads } from "../src/leads";
import { searchPeople } from "../src/people";
import { staffScope } from "../src/testing";

const testDb = useTestDb();
const now = new Date();
beforeAll(async () => {
  await seed(testDb().db, now);
});

describe("the demo data", () => {
  it("has leads over more than eight weeks, at every stage of the funnel", async () => {
    const funnel = await leadsFunnel(staffScope(testDb().db, null, { now: () => now }), {
      weeks: 12,
    });

    expect(funnel.filter((week) => week.captured > 0).length).toBeGreaterThan(8);
    const total = (stage: "captured" | "consented" | "signedUp" | "paying") =>
      funnel.reduce((sum, week) => sum + week[stage], 0);
    expect(total("captured")).toBeGreaterThan(total("consented"));
    expect(total("consented")).toBeGreaterThan(total("signedUp"));
    expect(total("signedUp")).toBeGreaterThan(total("paying"));
    expect(total("paying")).toBeGreaterThan(0);
  });

  it("shows leads unsubscribed, without consent, converted and paying, with their analyses", async () => {
    const { items } = await listLeads(staffScope(testDb().db, null), { limit: 100 });

    expect(items.some((lead) => lead.unsubscribedAt)).toBe(true);
    expect(items.some((lead) => !lead.consent)).toBe(true);
    expect(items.some((lead) => lead.convertedOrg && !lead.convertedOrg.pays)).toBe(true);
    expect(items.some((lead) => lead.convertedOrg?.pays)).toBe(true);
    expect(items.some((lead) => lead.analyses.length > 1)).toBe(true);
  });

  it("lists the demo staff and clients on the people page", async () => {
    const staff = await searchPeople(staffScope(testDb().db, null), { staffOnly: true, limit: 10 });

    expect(staff.items.map((person) => person.email).sort()).toEqual([
      "admin@arco.test",
      "support@arco.test",
    ]);
    const vela = await searchPeople(staffScope(testDb().db, null), {
      query: "@vela.test",
      limit: 10,
    });
    expect(vela.items.length).toBeGreaterThan(1);
    expect(vela.items[0]!.organizations).toMatchObject([{ name: "Vela Outdoor" }]);
  });
});
