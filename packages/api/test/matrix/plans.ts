/**
 * Rows of the plans editor: every agency staff member reads the plans and a client's limits;
 * only agency admins change a plan or give a client limits of its own. Nobody else reaches any
 * of it.
 */
import { organizations, plans } from "@arco/db/schema";
import { planOf } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { expect } from "vitest";

import { definePart, staffOnly } from "./kit";
import type { Outcome, Row } from "./kit";

interface Fixtures {
  basicPlanId: string;
}

/** Agency admins; support staff (`staffInA`) are refused like everyone else. */
const adminsOnly = <F>(outcome: Outcome<F>): Row<F>["expect"] => ({
  ...staffOnly(outcome),
  staffInA: "FORBIDDEN",
});

export const plansPart = definePart<Fixtures>({
  fixtures: async (db) => ({ basicPlanId: (await planOf(db, "basic")).id }),
  rows: {
    "admin.plans.list": {
      call: (c) => c.admin.plans.list(),
      expect: staffOnly({
        ok: (r) => {
          const listed = (r as { plans: { tier: string; organizations: number }[] }).plans;
          expect(listed.map((p) => p.tier)).toEqual(["free", "basic", "pro", "enterprise"]);
          // Org A is on Pro.
          expect(listed.find((p) => p.tier === "pro")!.organizations).toBeGreaterThan(0);
        },
      }),
    },
    "admin.plans.update": {
      call: (c, _w, f) => c.admin.plans.update({ planId: f.basicPlanId, maxProjects: 4 }),
      expect: adminsOnly({
        ok: async (r, db, _c, _w, f) => {
          expect(r).toEqual({ tier: "basic", stripe: "not-configured" });
          const [basic] = await db.select().from(plans).where(eq(plans.id, f.basicPlanId));
          expect(basic!.maxProjects).toBe(4);
        },
      }),
    },
    "admin.plans.clientLimits": {
      call: (c, w) => c.admin.plans.clientLimits({ orgId: w.orgA.id }),
      expect: staffOnly({ ok: (r) => expect(r).toMatchObject({ tier: "pro", custom: {} }) }),
    },
    "admin.plans.setCustomLimits": {
      call: (c, w) =>
        c.admin.plans.setCustomLimits({
          orgId: w.orgA.id,
          limits: { ticketsPerMonth: null },
          reason: "Enterprise deal",
        }),
      expect: adminsOnly({
        ok: async (_r, db, _c, w) => {
          const [a] = await db.select().from(organizations).where(eq(organizations.id, w.orgA.id));
          expect(a!.customLimits).toEqual({ ticketsPerMonth: null });
        },
      }),
    },
  },
});
