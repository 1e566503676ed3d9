import { emailOutbox, orgQuotas, urlAnalyses, usageDaily } from "@arco/db/schema";
import { createOrg, createTicket, createUser, useTestDb } from "@arco/db/testing";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { inOrg } from "../context";
import { addCredits, debitCredits, refundDebit } from "../credits";
import { orgScope, staffScope, systemScope } from "../testing";
import { rollUpUsage, usageForStaff, usageOverTime } from ".";

const testDb = useTestDb();

const at = (iso: string) => new Date(`${iso}Z`);
const rollUpAt = (iso: string, days?: number) =>
  rollUpUsage(systemScope(testDb().db), { now: at(iso), days });

/** A client created at `createdAt` with 100 credits, and its owner. */
async function clientSince(createdAt: string) {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier: "pro", owner, createdAt: at(createdAt) });
  await addCredits(inOrg(systemScope(db, { now: () => at(createdAt) }), org.id), {
    type: "grant",
    amount: 100,
    idempotencyKey: "welcome",
  });
  return { org, owner };
}

/** What the client did at `iso`: analyses, tickets, credits spent, emails sent. */
async function activity(
  client: Awaited<ReturnType<typeof clientSince>>,
  iso: string,
  { analyses = 0, tickets = 0, credits = 0, emails = 0, failedEmails = 0 } = {},
) {
  const { db } = testDb();
  const { org, owner } = client;
  const when = at(iso);
  for (let i = 0; i < analyses; i++) {
    await db.insert(urlAnalyses).values({
      orgId: org.id,
      userId: owner.id,
      url: "https://shop.example/",
      normalizedUrl: "https://shop.example/",
      createdAt: when,
    });
  }
  for (let i = 0; i < tickets; i++) await createTicket(db, { orgId: org.id, createdAt: when });
  const debits = [];
  for (let i = 0; i < credits; i++) {
    const { entry } = await debitCredits(orgScope(db, owner, org, { now: () => when }), {
      operation: "report.pdf",
      units: 1,
      idempotencyKey: `pdf-${iso}-${i}`,
    });
    debits.push(entry!);
  }
  for (let i = 0; i < emails + failedEmails; i++) {
    await db.insert(emailOutbox).values({
      orgId: org.id,
      to: "ana@example.test",
      from: "arco@example.test",
      subject: "Ticket update",
      template: "ticket-reply",
      html: "<p>hello</p>",
      idempotencyKey: crypto.randomUUID(),
      provider: "outbox",
      status: i < emails ? "stored" : "failed",
      createdAt: when,
    });
  }
  return debits;
}

const setStorage = (orgId: string, bytes: number) =>
  testDb().db.update(orgQuotas).set({ storageUsedBytes: bytes }).where(eq(orgQuotas.orgId, orgId));

const rowsOf = async (orgId: string) =>
  (
    await testDb()
      .db.select()
      .from(usageDaily)
      .where(eq(usageDaily.orgId, orgId))
      .orderBy(asc(usageDaily.day))
  ).map(({ day, analysesRun, ticketsOpened, creditsUsed, emailsSent, storageBytes }) => ({
    day,
    analysesRun,
    ticketsOpened,
    creditsUsed,
    emailsSent,
    storageBytes,
  }));

const zeros = { analysesRun: 0, ticketsOpened: 0, creditsUsed: 0, emailsSent: 0 };

describe("the daily usage roll-up", () => {
  it("counts each day since the organization was created, and a rerun changes nothing", async () => {
    const client = await clientSince("2030-03-01T10:00:00");
    await activity(client, "2030-03-01T11:00:00", { analyses: 2, tickets: 1, credits: 3 });
    await activity(client, "2030-03-03T23:59:00", { emails: 2, failedEmails: 1, credits: 1 });
    await activity(client, "2030-03-04T00:00:00", { tickets: 2 });
    await setStorage(client.org.id, 5_000);

    await rollUpAt("2030-03-04T12:00:00");
    const rows = await rowsOf(client.org.id);

    expect(rows).toEqual([
      {
        day: "2030-03-01",
        ...zeros,
        analysesRun: 2,
        ticketsOpened: 1,
        creditsUsed: 3,
        storageBytes: 5_000,
      },
      { day: "2030-03-02", ...zeros, storageBytes: 5_000 },
      { day: "2030-03-03", ...zeros, creditsUsed: 1, emailsSent: 2, storageBytes: 5_000 },
      { day: "2030-03-04", ...zeros, ticketsOpened: 2, storageBytes: 5_000 },
    ]);
    expect((await rollUpAt("2030-03-04T12:00:00")).rows).toBe(0);
    expect(await rowsOf(client.org.id)).toEqual(rows);
  });

  it("catches up missed days, finishes the day it last saw, and keeps past storage readings", async () => {
    const client = await clientSince("2031-05-10T08:00:00");
    await setStorage(client.org.id, 1_000);
    await activity(client, "2031-05-10T09:00:00", { tickets: 1 });
    await rollUpAt("2031-05-10T12:00:00");

    // Later that day, and on the days without a run.
    await activity(client, "2031-05-10T20:00:00", { tickets: 1, analyses: 1 });
    await activity(client, "2031-05-11T10:00:00", { credits: 2 });
    await activity(client, "2031-05-12T10:00:00", { analyses: 4 });
    await setStorage(client.org.id, 9_000);
    await rollUpAt("2031-05-13T01:00:00");

    expect(await rowsOf(client.org.id)).toEqual([
      { day: "2031-05-10", ...zeros, ticketsOpened: 2, analysesRun: 1, storageBytes: 1_000 },
      { day: "2031-05-11", ...zeros, creditsUsed: 2, storageBytes: 9_000 },
      { day: "2031-05-12", ...zeros, analysesRun: 4, storageBytes: 9_000 },
      { day: "2031-05-13", ...zeros, storageBytes: 9_000 },
    ]);
    await setStorage(client.org.id, 12_000);
    await rollUpAt("2031-05-13T02:00:00");
    expect((await rowsOf(client.org.id)).map((r) => r.storageBytes)).toEqual([
      1_000, 9_000, 9_000, 12_000,
    ]);
  });

  it("counts credits used less the refunds of the day", async () => {
    const client = await clientSince("2032-02-01T08:00:00");
    const [first] = await activity(client, "2032-02-01T09:00:00", { credits: 5 });
    const admin = await createUser(testDb().db, { staffRole: "admin" });
    await refundDebit(staffScope(testDb().db, admin, { now: () => at("2032-02-01T10:00:00") }), {
      clientOrgId: client.org.id,
      entryId: first!.id,
      reason: "failed export",
    });

    await rollUpAt("2032-02-01T12:00:00");

    expect((await rowsOf(client.org.id))[0]).toMatchObject({ day: "2032-02-01", creditsUsed: 4 });
  });

  it("reaches back 35 days at most", async () => {
    const client = await clientSince("2033-01-01T00:00:00");
    await activity(client, "2033-02-01T10:00:00", { tickets: 1 });

    await rollUpAt("2033-04-01T12:00:00");

    const rows = await rowsOf(client.org.id);
    expect(rows).toHaveLength(36);
    expect(rows[0]!.day).toBe("2033-02-25");
    expect(rows.at(-1)!.day).toBe("2033-04-01");
    expect(rows.every((r) => r.ticketsOpened === 0)).toBe(true);
  });
});

describe("usage over time", () => {
  it("gives the organization its last days for charts, with the days not rolled up as zeros", async () => {
    const client = await clientSince("2034-06-01T08:00:00");
    await activity(client, "2034-06-02T09:00:00", { analyses: 3 });
    await rollUpAt("2034-06-02T12:00:00");
    const now = () => at("2034-06-04T12:00:00");

    const days = await usageOverTime(orgScope(testDb().db, client.owner, client.org, { now }), {
      days: 5,
    });

    expect(days).toEqual([
      { day: "2034-05-31", ...zeros, storageBytes: 0 },
      { day: "2034-06-01", ...zeros, storageBytes: 0 },
      { day: "2034-06-02", ...zeros, analysesRun: 3, storageBytes: 0 },
      { day: "2034-06-03", ...zeros, storageBytes: 0 },
      { day: "2034-06-04", ...zeros, storageBytes: 0 },
    ]);
    await expect(
      usageOverTime(orgScope(testDb().db, client.owner, client.org), { days: 0 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows agency staff any client's usage, and no client that does not exist", async () => {
    const client = await clientSince("2035-06-01T08:00:00");
    await activity(client, "2035-06-01T09:00:00", { tickets: 2 });
    await rollUpAt("2035-06-01T12:00:00");
    const admin = await createUser(testDb().db, { staffRole: "support" });
    const scope = staffScope(testDb().db, admin, { now: () => at("2035-06-01T18:00:00") });

    const days = await usageForStaff(scope, { clientOrgId: client.org.id, days: 2 });

    expect(days.map((d) => [d.day, d.ticketsOpened])).toEqual([
      ["2035-05-31", 0],
      ["2035-06-01", 2],
    ]);
    await expect(
      usageForStaff(scope, { clientOrgId: crypto.randomUUID(), days: 2 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
