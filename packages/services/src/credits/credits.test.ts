import { createDb } from "@arco/db";
import type { Database, DbHandle } from "@arco/db";
import { creditAccounts, creditLedger, pricing } from "@arco/db/schema";
import { createOrg, createUser, useTestDb, withDatabase } from "@arco/db/testing";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

import { inOrg, within } from "../context";
import { orgScope, publicScope, systemScope } from "../testing";
import {
  addCredits,
  creditBalance,
  debitCredits,
  listCreditLedger,
  listCreditPacks,
  listPricing,
} from ".";

const testDb = useTestDb();

/**
 * The test database's own handle has 4 connections; the races below get a pool of their own, so
 * ten debits are in flight at once and really queue on the account's row.
 */
const RACE_POOL = 10;
let wide: DbHandle | null = null;
beforeAll(async () => {
  const target = inject("arcoTestDatabase");
  if (target.mode === "postgres") {
    wide = await createDb({ url: withDatabase(target.url, testDb().name), max: RACE_POOL });
  }
});
afterAll(async () => {
  await wide?.close();
});
const raceDb = (): Database => wide?.db ?? testDb().db;

/** A client organization with `credits` on its balance (granted by the platform), and its owner. */
async function clientWith(credits: number) {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier: "basic", owner });
  if (credits > 0) {
    await addCredits(inOrg(systemScope(db), org.id), {
      type: "grant",
      amount: credits,
      idempotencyKey: "welcome",
    });
  }
  return { org, owner, scope: orgScope(raceDb(), owner, org) };
}

const accountOf = async (orgId: string) =>
  (await testDb().db.select().from(creditAccounts).where(eq(creditAccounts.orgId, orgId)))[0];

const ledgerOf = (orgId: string) =>
  testDb().db.select().from(creditLedger).where(eq(creditLedger.orgId, orgId));

const ledgerSum = async (orgId: string) => {
  const [row] = await testDb()
    .db.select({ sum: sql<number>`coalesce(sum(${creditLedger.amount}), 0)::float8` })
    .from(creditLedger)
    .where(eq(creditLedger.orgId, orgId));
  return row!.sum;
};

const pdf = (key: string) => ({ operation: "report.pdf", units: 1, idempotencyKey: key });

describe("spending credits", () => {
  it("lets exactly 500 of 1,000 simultaneous one-credit debits through a balance of 500, 20 runs in a row", async () => {
    for (let run = 0; run < 20; run++) {
      const { org, scope } = await clientWith(500);

      const results = await Promise.allSettled(
        Array.from({ length: 1000 }, (_, i) => debitCredits(scope, pdf(`pdf-${run}-${i}`))),
      );

      const applied = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r) => r.status === "rejected");
      expect(applied).toHaveLength(500);
      expect(refused).toHaveLength(500);
      for (const r of refused) expect(r.reason).toMatchObject({ code: "INSUFFICIENT_CREDITS" });
      const account = await accountOf(org.id);
      expect(account).toMatchObject({ balance: 0, lifetimeGranted: 500, lifetimeUsed: 500 });
      // The history adds up to the balance, and every debit saw a balance of its own.
      expect(await ledgerSum(org.id)).toBe(0);
      const usage = (await ledgerOf(org.id)).filter((e) => e.type === "usage");
      expect(usage).toHaveLength(500);
      expect(new Set(usage.map((e) => e.balanceAfter)).size).toBe(500);
      expect(Math.max(...usage.map((e) => e.balanceAfter))).toBe(499);
    }
  }, 120_000);

  it("charges the active price times the units, rounded up, in exact decimals", async () => {
    const { db } = testDb();
    await db.insert(pricing).values({ operation: "test.tenths", unit: "unit", creditsPerUnit: 10 });
    const { org, scope } = await clientWith(100);

    // 1 credit per 1k tokens: 1,500 tokens cost 2.
    const text = await debitCredits(scope, {
      operation: "ai.text",
      units: 1.5,
      idempotencyKey: "chat-1",
      referenceType: "ai_message",
      referenceId: "msg-1",
      description: "Summary of the audit",
    });
    expect(text.entry).toMatchObject({ type: "usage", amount: -2, balanceAfter: 98 });
    expect(text.replayed).toBe(false);
    // 10 × 0.7 is 7.000000000000001 in floating point; the price is 7.
    const tenths = await debitCredits(scope, {
      operation: "test.tenths",
      units: 0.7,
      idempotencyKey: "t-1",
    });
    expect(tenths.entry).toMatchObject({ amount: -7, balanceAfter: 91 });

    const [stored] = await db
      .select()
      .from(creditLedger)
      .where(and(eq(creditLedger.orgId, org.id), eq(creditLedger.idempotencyKey, "chat-1")));
    expect(stored).toMatchObject({
      referenceType: "ai_message",
      referenceId: "msg-1",
      description: "Summary of the audit",
      actorUserId: scope.actor.actorUserId,
      balanceAfter: 98,
    });
  });

  it("refuses an operation that has no active price, naming it", async () => {
    const { db } = testDb();
    await db.insert(pricing).values({
      operation: "test.retired",
      unit: "unit",
      creditsPerUnit: 1,
      isActive: false,
    });
    const { org, scope } = await clientWith(10);
    for (const operation of ["ai.teleport", "test.retired"]) {
      await expect(
        debitCredits(scope, { operation, units: 1, idempotencyKey: operation }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `There is no price for “${operation}”, so it cannot be charged.`,
      });
    }
    await expect(debitCredits(scope, { ...pdf("zero"), units: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await accountOf(org.id))?.balance).toBe(10);
  });

  it("writes nothing for an operation priced at zero credits", async () => {
    const { db } = testDb();
    await db.insert(pricing).values({ operation: "test.free", unit: "unit", creditsPerUnit: 0 });
    const { org, scope } = await clientWith(5);
    expect(
      await debitCredits(scope, { operation: "test.free", units: 3, idempotencyKey: "f" }),
    ).toEqual({ entry: null, replayed: false });
    expect(await ledgerOf(org.id)).toHaveLength(1);
  });
});

describe("not enough credits", () => {
  it("is INSUFFICIENT_CREDITS, says what is needed and what is left, and changes nothing", async () => {
    const { org, scope } = await clientWith(3);

    await expect(
      debitCredits(scope, { operation: "ai.image", units: 1, idempotencyKey: "img-1" }),
    ).rejects.toMatchObject({
      code: "INSUFFICIENT_CREDITS",
      message: "This needs 4 credits and your balance is 3. Buy a top-up to continue.",
    });

    expect(await accountOf(org.id)).toMatchObject({ balance: 3, lifetimeUsed: 0 });
    expect((await ledgerOf(org.id)).map((e) => e.type)).toEqual(["grant"]);
  });

  it("counts an organization that never had credits as a balance of 0, without opening an account", async () => {
    const { org, scope } = await clientWith(0);

    await expect(debitCredits(scope, pdf("first"))).rejects.toMatchObject({
      code: "INSUFFICIENT_CREDITS",
      message: "This needs 1 credit and your balance is 0. Buy a top-up to continue.",
    });
    expect(await accountOf(org.id)).toBeUndefined();
    expect(await creditBalance(scope)).toEqual({ balance: 0, lifetimeGranted: 0, lifetimeUsed: 0 });
  });
});

describe("a replayed idempotency key", () => {
  it("debits once when the same request comes again later", async () => {
    const { org, scope } = await clientWith(10);

    const first = await debitCredits(scope, pdf("export-42"));
    const again = await debitCredits(scope, pdf("export-42"));

    expect(again.replayed).toBe(true);
    expect(again.entry).toEqual(first.entry);
    expect((await accountOf(org.id))?.balance).toBe(9);
    expect(await ledgerOf(org.id)).toHaveLength(2);
  });

  it("debits once when 50 copies of the request race each other", async () => {
    const { org, scope } = await clientWith(10);

    const results = await Promise.all(
      Array.from({ length: 50 }, () => debitCredits(scope, pdf("double-click"))),
    );

    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry!.id)).size).toBe(1);
    expect(await accountOf(org.id)).toMatchObject({ balance: 9, lifetimeUsed: 1 });
    expect(await ledgerSum(org.id)).toBe(9);
  });

  it("returns the original even when the original took the last credits", async () => {
    const { org, scope } = await clientWith(2);
    const audit = { operation: "performance.audit", units: 1, idempotencyKey: "audit-7" };

    const results = await Promise.all(Array.from({ length: 20 }, () => debitCredits(scope, audit)));

    expect(new Set(results.map((r) => r.entry!.id)).size).toBe(1);
    expect((await accountOf(org.id))?.balance).toBe(0);
  });

  it("of another kind of entry is a conflict", async () => {
    const { scope } = await clientWith(10);
    await expect(debitCredits(scope, pdf("welcome"))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("adding credits", () => {
  it("opens the account on the first purchase and counts it as granted", async () => {
    const { org, owner } = await clientWith(0);
    const scope = inOrg(systemScope(testDb().db), org.id);

    const { entry } = await addCredits(scope, {
      type: "purchase",
      amount: 500,
      idempotencyKey: "checkout:cs_1",
      referenceType: "stripe_checkout",
      referenceId: "cs_1",
      actorUserId: owner.id,
    });

    expect(entry).toMatchObject({ type: "purchase", amount: 500, balanceAfter: 500 });
    expect(entry.actorUserId).toBe(owner.id);
    expect(await accountOf(org.id)).toMatchObject({
      balance: 500,
      lifetimeGranted: 500,
      lifetimeUsed: 0,
    });
  });

  it("works inside the caller's transaction, where a replay leaves the transaction usable", async () => {
    const { org } = await clientWith(0);
    const { db } = testDb();

    const replayed = await db.transaction(async (tx) => {
      const scope = inOrg(within(systemScope(db), tx), org.id);
      const purchase = {
        type: "purchase" as const,
        amount: 2000,
        idempotencyKey: "checkout:cs_2",
      };
      await addCredits(scope, purchase);
      const again = await addCredits(scope, purchase);
      // The webhook carries on in the same transaction.
      await addCredits(scope, { type: "grant", amount: 5, idempotencyKey: "bonus" });
      return again.replayed;
    });

    expect(replayed).toBe(true);
    expect(await accountOf(org.id)).toMatchObject({ balance: 2005, lifetimeGranted: 2005 });
  });

  it("never takes the balance below zero with an adjustment", async () => {
    const { org } = await clientWith(5);
    const scope = inOrg(systemScope(testDb().db), org.id);

    await expect(
      addCredits(scope, { type: "adjustment", amount: -6, idempotencyKey: "fix-1" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This would take the balance below zero: it is 5 now.",
    });
    await addCredits(scope, { type: "adjustment", amount: -5, idempotencyKey: "fix-2" });

    expect(await accountOf(org.id)).toMatchObject({ balance: 0, lifetimeGranted: 5 });
    await expect(
      addCredits(scope, { type: "grant", amount: -1, idempotencyKey: "g" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      addCredits(scope, { type: "grant", amount: 1.5, idempotencyKey: "g" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("reading credits", () => {
  it("shows the balance and the history newest first, a page at a time, by type and period", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { tier: "pro", owner });
    const day = (n: number) => new Date(Date.UTC(2030, 0, n, 12));
    const at = (n: number) => orgScope(db, owner, org, { now: () => day(n) });
    await addCredits(inOrg(systemScope(db, { now: () => day(1) }), org.id), {
      type: "grant",
      amount: 100,
      idempotencyKey: "monthly",
    });
    for (let n = 2; n <= 6; n++) await debitCredits(at(n), pdf(`pdf-${n}`));

    expect(await creditBalance(at(7))).toEqual({
      balance: 95,
      lifetimeGranted: 100,
      lifetimeUsed: 5,
    });
    const first = await listCreditLedger(at(7), { limit: 4 });
    expect(first.items.map((e) => e.balanceAfter)).toEqual([95, 96, 97, 98]);
    const second = await listCreditLedger(at(7), { limit: 4, cursor: first.nextCursor! });
    expect(second.items.map((e) => [e.type, e.amount])).toEqual([
      ["usage", -1],
      ["grant", 100],
    ]);
    expect(second.nextCursor).toBeNull();
    const grants = await listCreditLedger(at(7), { type: "grant", limit: 10 });
    expect(grants.items).toHaveLength(1);
    const middle = await listCreditLedger(at(7), { from: day(3), to: day(5), limit: 10 });
    expect(middle.items.map((e) => e.createdAt)).toEqual([day(4), day(3)]);
    await expect(listCreditLedger(at(7), { limit: 4, cursor: "nonsense" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists the top-ups on sale and the price of each operation, to anyone", async () => {
    const scope = publicScope(testDb().db);

    expect(await listCreditPacks(scope)).toEqual([
      expect.objectContaining({ credits: 500, priceCents: 4900, currency: "BRL" }),
      expect.objectContaining({ credits: 2000, priceCents: 17900, currency: "BRL" }),
      expect.objectContaining({ credits: 10000, priceCents: 79000, currency: "BRL" }),
    ]);
    const prices = await listPricing(scope);
    expect(prices).toEqual(
      expect.arrayContaining([
        { operation: "ai.image", unit: "image", creditsPerUnit: 4 },
        { operation: "ai.text", unit: "1k tokens", creditsPerUnit: 1 },
      ]),
    );
    expect(prices.map((p) => p.operation)).not.toContain("test.retired");
  });
});
