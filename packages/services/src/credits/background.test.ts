import { creditAccounts, creditLedger, plans } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { inOrg } from "../context";
import { orgScope, systemScope } from "../testing";
import { addCredits, debitCredits, grantMonthlyCredits } from ".";

const testDb = useTestDb();

const utc = (iso: string) => new Date(`${iso}Z`);
const grantAt = (iso: string) => grantMonthlyCredits(systemScope(testDb().db), { now: utc(iso) });

/** A free organization (50 credits a month) created at `createdAt`, keeping its calendar in `timeZone`. */
async function orgCreated(createdAt: string, timeZone = "UTC") {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, {
    tier: "free",
    owner,
    createdAt: utc(createdAt),
    settings: { timezone: timeZone },
  });
  return { org, owner };
}

const grantsOf = (orgId: string) =>
  testDb()
    .db.select({
      key: creditLedger.idempotencyKey,
      amount: creditLedger.amount,
      balanceAfter: creditLedger.balanceAfter,
    })
    .from(creditLedger)
    .where(and(eq(creditLedger.orgId, orgId), eq(creditLedger.type, "grant")))
    .orderBy(asc(creditLedger.createdAt), asc(creditLedger.id));

const accountOf = async (orgId: string) =>
  (await testDb().db.select().from(creditAccounts).where(eq(creditAccounts.orgId, orgId)))[0];

describe("the monthly credit grant", () => {
  it("grants a month once however often it runs, catches up two missed months once each, then grants nothing", async () => {
    const { org } = await orgCreated("2030-01-10T09:00:00");

    await grantAt("2030-01-15T03:15:00");
    expect(await grantAt("2030-01-16T03:15:00")).toEqual({ granted: 0 });
    expect(await grantAt("2030-01-31T23:00:00")).toEqual({ granted: 0 });
    expect(await grantsOf(org.id)).toEqual([
      { key: "monthly-grant:2030-01", amount: 50, balanceAfter: 50 },
    ]);

    // February and March went by without a run.
    await grantAt("2030-04-02T03:15:00");
    expect(await grantsOf(org.id)).toEqual([
      { key: "monthly-grant:2030-01", amount: 50, balanceAfter: 50 },
      { key: "monthly-grant:2030-02", amount: 50, balanceAfter: 100 },
      { key: "monthly-grant:2030-03", amount: 50, balanceAfter: 150 },
      { key: "monthly-grant:2030-04", amount: 50, balanceAfter: 200 },
    ]);
    expect(await grantAt("2030-04-02T04:15:00")).toEqual({ granted: 0 });
    expect(await grantAt("2030-04-30T04:15:00")).toEqual({ granted: 0 });
    expect(await accountOf(org.id)).toMatchObject({ balance: 200, lifetimeGranted: 200 });
  });

  it("starts each grant from the balance as it stands, spent credits and all", async () => {
    const { org, owner } = await orgCreated("2031-01-05T00:00:00");
    const { db } = testDb();
    await addCredits(inOrg(systemScope(db), org.id), {
      type: "purchase",
      amount: 500,
      idempotencyKey: "checkout:1",
    });
    await debitCredits(orgScope(db, owner, org), {
      operation: "ai.image",
      units: 3,
      idempotencyKey: "img",
    });

    await grantAt("2031-02-03T03:15:00");

    expect(await grantsOf(org.id)).toEqual([
      { key: "monthly-grant:2031-01", amount: 50, balanceAfter: 538 },
      { key: "monthly-grant:2031-02", amount: 50, balanceAfter: 588 },
    ]);
    expect(await accountOf(org.id)).toMatchObject({
      balance: 588,
      lifetimeGranted: 600,
      lifetimeUsed: 12,
    });
  });

  it("keeps the balance and the ledger in step while debits run at the same time", async () => {
    const { org, owner } = await orgCreated("2032-01-05T00:00:00");
    const { db } = testDb();
    await addCredits(inOrg(systemScope(db), org.id), {
      type: "purchase",
      amount: 100,
      idempotencyKey: "checkout:1",
    });
    const scope = orgScope(db, owner, org);

    const [debits] = await Promise.all([
      Promise.allSettled(
        Array.from({ length: 60 }, (_, i) =>
          debitCredits(scope, { operation: "report.pdf", units: 1, idempotencyKey: `pdf-${i}` }),
        ),
      ),
      grantMonthlyCredits(systemScope(db), { now: utc("2032-03-10T00:00:00") }),
    ]);

    const applied = debits.filter((d) => d.status === "fulfilled").length;
    expect(applied).toBe(60);
    const account = await accountOf(org.id);
    expect(account!.balance).toBe(100 + 150 - 60);
    const entries = await db.select().from(creditLedger).where(eq(creditLedger.orgId, org.id));
    expect(entries.reduce((sum, e) => sum + e.amount, 0)).toBe(account!.balance);
    // The three grants were written together: consecutive balances, 50 apart.
    const grants = (await grantsOf(org.id)).map((g) => g.balanceAfter);
    expect(grants.map((b) => b - grants[0]!)).toEqual([0, 50, 100]);
  });

  it("counts months on the organization's own clock", async () => {
    const { org } = await orgCreated("2033-01-10T12:00:00", "America/Sao_Paulo");

    // 23:30 on 31 January in São Paulo: still January there.
    await grantAt("2033-02-01T02:30:00");
    expect((await grantsOf(org.id)).map((g) => g.key)).toEqual(["monthly-grant:2033-01"]);
    await grantAt("2033-02-01T03:30:00");
    expect((await grantsOf(org.id)).map((g) => g.key)).toEqual([
      "monthly-grant:2033-01",
      "monthly-grant:2033-02",
    ]);
  });

  it("reaches back at most twelve months, and not before the organization existed", async () => {
    const { org: old } = await orgCreated("2034-01-20T00:00:00");
    const { org: young } = await orgCreated("2035-06-01T00:00:00");

    await grantAt("2035-06-15T00:00:00");

    const keys = (await grantsOf(old.id)).map((g) => g.key);
    expect(keys).toHaveLength(12);
    expect(keys[0]).toBe("monthly-grant:2034-07");
    expect(keys.at(-1)).toBe("monthly-grant:2035-06");
    expect((await grantsOf(young.id)).map((g) => g.key)).toEqual(["monthly-grant:2035-06"]);
  });

  it("grants nothing on a plan without monthly credits", async () => {
    const { db } = testDb();
    await db.update(plans).set({ monthlyCredits: 0 }).where(eq(plans.tier, "enterprise"));
    const org = await createOrg(db, { tier: "enterprise", createdAt: utc("2036-01-01T00:00:00") });

    await grantAt("2036-01-15T00:00:00");

    expect(await grantsOf(org.id)).toEqual([]);
    expect(await accountOf(org.id)).toBeUndefined();
  });
});
