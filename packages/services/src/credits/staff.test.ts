import { auditLogs, creditAccounts, creditLedger } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { inOrg } from "../context";
import { orgScope, staffScope, systemScope } from "../testing";
import { addCredits, adjustCredits, debitCredits, refundDebit } from ".";

const testDb = useTestDb();

async function agencyAdmin() {
  const admin = await createUser(testDb().db, { staffRole: "admin" });
  return { admin, scope: staffScope(testDb().db, admin) };
}

/** A client with 20 credits, and the scope its owner spends them in. */
async function client() {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier: "basic", owner });
  await addCredits(inOrg(systemScope(db), org.id), {
    type: "grant",
    amount: 20,
    idempotencyKey: "welcome",
  });
  return { org, owner, scope: orgScope(db, owner, org) };
}

const balanceOf = async (orgId: string) =>
  (await testDb().db.select().from(creditAccounts).where(eq(creditAccounts.orgId, orgId)))[0];

const auditOf = (orgId: string) =>
  testDb()
    .db.select()
    .from(auditLogs)
    .where(and(eq(auditLogs.orgId, orgId), like(auditLogs.action, "admin.credits.%")));

describe("agency staff adjusting a client's credits", () => {
  it("adds credits with a reason, recorded in the ledger and the audit log, once per key", async () => {
    const { admin, scope } = await agencyAdmin();
    const { org } = await client();
    const input = {
      clientOrgId: org.id,
      amount: 150,
      reason: "  goodwill after the outage of 3 March  ",
      idempotencyKey: "req-1",
    };

    const first = await adjustCredits(scope, input);
    const again = await adjustCredits(scope, input);

    expect(first.entry).toMatchObject({
      type: "adjustment",
      amount: 150,
      balanceAfter: 170,
      description: "goodwill after the outage of 3 March",
      actorUserId: admin.id,
    });
    expect(again).toMatchObject({ replayed: true, entry: { id: first.entry.id } });
    expect(await balanceOf(org.id)).toMatchObject({ balance: 170 });
    const audit = await auditOf(org.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "admin.credits.adjust",
      actorUserId: admin.id,
      resourceType: "credit_ledger",
      resourceId: first.entry.id,
      after: { amount: 150, balanceAfter: 170, reason: "goodwill after the outage of 3 March" },
    });
  });

  it("takes credits away, but not below zero, and never without a reason", async () => {
    const { scope } = await agencyAdmin();
    const { org } = await client();

    await adjustCredits(scope, {
      clientOrgId: org.id,
      amount: -15,
      reason: "duplicate grant",
      idempotencyKey: "req-2",
    });
    await expect(
      adjustCredits(scope, {
        clientOrgId: org.id,
        amount: -6,
        reason: "duplicate grant",
        idempotencyKey: "req-3",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    for (const reason of ["", "ok", "x".repeat(501)]) {
      await expect(
        adjustCredits(scope, { clientOrgId: org.id, amount: 5, reason, idempotencyKey: "r" }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: "Give a reason of 3 to 500 characters.",
      });
    }

    expect(await balanceOf(org.id)).toMatchObject({ balance: 5 });
    expect(await auditOf(org.id)).toHaveLength(1);
  });

  it("finds no client that does not exist", async () => {
    const { scope } = await agencyAdmin();
    for (const clientOrgId of [crypto.randomUUID(), "not-an-id"]) {
      await expect(
        adjustCredits(scope, { clientOrgId, amount: 5, reason: "test", idempotencyKey: "k" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("agency staff refunding a debit", () => {
  it("gives the credits back once, audited, and counts them as no longer used", async () => {
    const { admin, scope } = await agencyAdmin();
    const { org, scope: owner } = await client();
    const { entry: debit } = await debitCredits(owner, {
      operation: "ai.image",
      units: 2,
      idempotencyKey: "img-1",
    });
    const input = { clientOrgId: org.id, entryId: debit!.id, reason: "the image came out blank" };

    const refund = await refundDebit(scope, input);
    const again = await refundDebit(scope, input);

    expect(refund).toMatchObject({
      replayed: false,
      entry: {
        type: "refund",
        amount: 8,
        balanceAfter: 20,
        idempotencyKey: `refund:${debit!.id}`,
        referenceType: "credit_ledger",
        referenceId: debit!.id,
      },
    });
    expect(again).toMatchObject({ replayed: true, entry: { id: refund.entry.id } });
    expect(await balanceOf(org.id)).toMatchObject({ balance: 20, lifetimeUsed: 0 });
    const refunds = await testDb()
      .db.select()
      .from(creditLedger)
      .where(and(eq(creditLedger.orgId, org.id), eq(creditLedger.type, "refund")));
    expect(refunds).toHaveLength(1);
    const audit = await auditOf(org.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "admin.credits.refund",
      actorUserId: admin.id,
      resourceId: refund.entry.id,
      before: { entryId: debit!.id, amount: -8 },
    });
  });

  it("refunds twenty simultaneous requests for the same debit once", async () => {
    const { scope } = await agencyAdmin();
    const { org, scope: owner } = await client();
    const { entry: debit } = await debitCredits(owner, {
      operation: "report.pdf",
      units: 3,
      idempotencyKey: "pdf-1",
    });

    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        refundDebit(scope, { clientOrgId: org.id, entryId: debit!.id, reason: "double click" }),
      ),
    );

    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await balanceOf(org.id)).toMatchObject({ balance: 20 });
    expect(await auditOf(org.id)).toHaveLength(1);
  });

  it("does not find another organization's entry, and refunds nothing but usage", async () => {
    const { scope } = await agencyAdmin();
    const mine = await client();
    const theirs = await client();
    const { entry: theirDebit } = await debitCredits(theirs.scope, {
      operation: "report.pdf",
      units: 1,
      idempotencyKey: "pdf-1",
    });

    await expect(
      refundDebit(scope, {
        clientOrgId: mine.org.id,
        entryId: theirDebit!.id,
        reason: "wrong client",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Credit entry was not found." });
    await expect(
      refundDebit(scope, { clientOrgId: mine.org.id, entryId: "nonsense", reason: "typo" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [grant] = await testDb()
      .db.select()
      .from(creditLedger)
      .where(and(eq(creditLedger.orgId, mine.org.id), eq(creditLedger.type, "grant")));
    await expect(
      refundDebit(scope, { clientOrgId: mine.org.id, entryId: grant!.id, reason: "why not" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    expect(await balanceOf(theirs.org.id)).toMatchObject({ balance: 19 });
    expect(await balanceOf(mine.org.id)).toMatchObject({ balance: 20 });
  });
});
