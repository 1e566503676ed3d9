/**
 * Rows of billing and credits. Billing is for each organization's owners and admins only —
 * never its other members, nor agency staff working in it. This installation has no Stripe key,
 * so whoever may pay is told payments are not configured.
 */
import type { Database } from "@arco/db";
import { auditLogs, creditLedger, creditPacks, organizations } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";

import type { World } from "../harness";
import { definePart, inOrg, staffOnly } from "./kit";
import type { Outcome, Row } from "./kit";

interface Fixtures {
  packId: string;
  /** A usage entry of org A's ledger, for the refund. */
  debitId: string;
}

/** Owners and admins, of org A or of their own organization, get `outcome`. */
const billers = <F>(outcome: Outcome<F>): Row<F>["expect"] =>
  inOrg<F>({ memberA: "FORBIDDEN", viewerA: "FORBIDDEN", staffInA: "FORBIDDEN" }, outcome);

const ownOrganizationOnly = (result: unknown, _db: Database, caller: string, w: World) => {
  const tier = (result as { plan: { tier: string } }).plan.tier;
  expect(tier).toBe(caller === "ownerA" || caller === "adminA" ? "pro" : "free");
  if (caller !== "ownerA" && caller !== "adminA") {
    expect(JSON.stringify(result)).not.toContain(w.orgA.id);
  }
};

export const billingPart = definePart<Fixtures>({
  fixtures: async (db, w) => {
    const [pack] = await db.select({ id: creditPacks.id }).from(creditPacks).limit(1);
    const [debit] = await db
      .insert(creditLedger)
      .values({
        orgId: w.orgA.id,
        type: "usage",
        amount: -5,
        balanceAfter: 0,
        idempotencyKey: "matrix:usage",
        description: "A performance audit",
      })
      .returning();
    return { packId: pack!.id, debitId: debit!.id };
  },
  rows: {
    "billing.overview": {
      call: (c) => c.billing.overview(),
      expect: billers({ ok: ownOrganizationOnly }),
    },
    "billing.account": {
      call: (c) => c.billing.account(),
      expect: billers({ ok: (r) => expect(r).toBeNull() }),
    },
    "billing.notice": {
      call: (c) => c.billing.notice(),
      expect: inOrg({}, { ok: (r) => expect(r).toBeNull() }),
    },
    "billing.checkout": {
      call: (c) => c.billing.checkout({ tier: "pro", interval: "month" }),
      expect: billers("SERVICE_UNAVAILABLE"),
    },
    "billing.topUp": {
      call: (c, _w, f) => c.billing.topUp({ packId: f.packId }),
      expect: billers("SERVICE_UNAVAILABLE"),
    },
    "billing.portal": {
      call: (c) => c.billing.portal({}),
      expect: billers("SERVICE_UNAVAILABLE"),
    },
    "billing.balance": {
      call: (c) => c.billing.balance(),
      expect: inOrg({}, "ok"),
    },
    "billing.pricing": {
      call: (c) => c.billing.pricing(),
      expect: inOrg(
        {},
        {
          ok: (r) =>
            expect((r as { operation: string }[]).map((p) => p.operation)).toContain("ai.text"),
        },
      ),
    },
    "billing.ledger": {
      call: (c) => c.billing.ledger({}),
      expect: billers({
        ok: (r, _db, caller, _w, f) => {
          const ids = (r as { items: { id: string }[] }).items.map((i) => i.id);
          expect(ids.includes(f.debitId)).toBe(caller === "ownerA" || caller === "adminA");
        },
      }),
    },
    "billing.usage": {
      call: (c) => c.billing.usage({ days: 30 }),
      expect: billers({ ok: (r) => expect(r).toHaveLength(30) }),
    },

    // Agency staff read any client's billing; only agency admins change it.
    "admin.clients.billing": {
      call: (c, w) => c.admin.clients.billing({ orgId: w.orgA.id }),
      expect: staffOnly({ ok: (r) => expect(r).toMatchObject({ plan: { tier: "pro" } }) }),
    },
    "admin.clients.usage": {
      call: (c, w) => c.admin.clients.usage({ orgId: w.orgA.id, days: 7 }),
      expect: staffOnly({ ok: (r) => expect(r).toHaveLength(7) }),
    },
    "admin.clients.setPlan": {
      call: (c, w) =>
        c.admin.clients.setPlan({ orgId: w.orgB.id, tier: "basic", reason: "Contract" }),
      expect: {
        ...staffOnly({
          ok: async (_r, db, _c, w) => {
            const [b] = await db
              .select()
              .from(organizations)
              .where(eq(organizations.id, w.orgB.id));
            expect(b!.planId).not.toBe(w.orgB.planId);
          },
        }),
        staffInA: "FORBIDDEN",
      },
    },
    "admin.clients.adjustCredits": {
      call: (c, w) =>
        c.admin.clients.adjustCredits({
          orgId: w.orgB.id,
          amount: 25,
          reason: "Goodwill",
          idempotencyKey: crypto.randomUUID(),
        }),
      expect: { ...staffOnly("ok"), staffInA: "FORBIDDEN" },
    },
    "admin.clients.refundCredits": {
      call: (c, w, f) =>
        c.admin.clients.refundCredits({ orgId: w.orgA.id, entryId: f.debitId, reason: "Failed" }),
      expect: {
        ...staffOnly({
          ok: async (_r, db, _c, w) => {
            const refunds = await db.$count(
              auditLogs,
              and(eq(auditLogs.orgId, w.orgA.id), eq(auditLogs.action, "admin.credits.refund")),
            );
            expect(refunds).toBe(1);
          },
        }),
        staffInA: "FORBIDDEN",
      },
    },
  },
});
