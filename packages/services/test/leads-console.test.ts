import type { Database } from "@arco/db";
import { auditLogs, leads, urlAnalyses } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { exportLeads, leadsFunnel, listLeads } from "../src/leads";
import type { LeadFilters } from "../src/leads";
import { staffScope } from "../src/testing";

const testDb = useTestDb();

/** A Wednesday afternoon; São Paulo is three hours behind UTC all year. */
const now = new Date("2026-03-18T15:00:00.000Z");
const asStaff = (db: Database) => staffScope(db, null, { now: () => now });

type LeadValues = Partial<typeof leads.$inferInsert> & { email: string; createdAt: Date };
const insertLead = async (db: Database, values: LeadValues) =>
  (await db.insert(leads).values(values).returning())[0]!;

async function analysis(db: Database, url: string, score: number, createdAt: Date) {
  const [row] = await db
    .insert(urlAnalyses)
    .values({ url, normalizedUrl: url, status: "done", score, createdAt, finishedAt: createdAt })
    .returning();
  return row!;
}

/**
 * Five leads around the weeks of March 2026 on the agency's clock. `sunday` was captured late on
 * Sunday the 15th in São Paulo, already Monday the 16th in UTC: it belongs to the week of the 9th.
 */
let people: Awaited<ReturnType<typeof buildLeads>>;
async function buildLeads(db: Database) {
  const paying = await createUser(db, { name: "Paula Paga" });
  const paidOrg = await createOrg(db, { tier: "pro", owner: paying, name: "Paula's Shop" });
  await createOrg(db, { tier: "free", owner: paying, name: "Paula's Own" });
  const free = await createUser(db, { name: "Fabio Free" });
  const freeOrg = await createOrg(db, { tier: "free", owner: free, name: "Fabio's Own" });

  const first = await analysis(
    db,
    "https://padaria.example/",
    61,
    new Date("2026-03-16T03:00:00Z"),
  );
  const later = await analysis(
    db,
    "https://padaria.example/menu",
    74,
    new Date("2026-03-17T10:00:00Z"),
  );
  const monday = await insertLead(db, {
    email: paying.email,
    name: "Paula",
    source: "report-email",
    createdAt: new Date("2026-03-16T03:30:00Z"),
    consent: true,
    consentAt: new Date("2026-03-16T03:30:00Z"),
    nurtureStatus: "cancelled",
    nurtureStep: 1,
    sourceAnalysisId: first.id,
    convertedUserId: paying.id,
    convertedAt: new Date("2026-03-17T12:00:00Z"),
  });
  // A later "email me this report" on another analysis: only its audit entry records it.
  await db.insert(auditLogs).values({
    action: "leads.capture",
    resourceType: "lead",
    resourceId: monday.id,
    after: { source: "report-email", consent: true, analysisId: later.id },
  });
  const sunday = await insertLead(db, {
    email: free.email,
    source: "sign-up-prompt",
    createdAt: new Date("2026-03-16T02:30:00Z"),
    convertedUserId: free.id,
    convertedAt: new Date("2026-03-16T02:40:00Z"),
    nurtureStatus: "cancelled",
  });
  const tuesday = await insertLead(db, {
    email: "caio_100%@example.test",
    name: "Caio",
    source: "report-email",
    createdAt: new Date("2026-03-10T12:00:00Z"),
    consent: true,
    consentAt: new Date("2026-03-10T12:00:00Z"),
    nurtureStep: 2,
  });
  const earlier = await insertLead(db, {
    email: "old@example.test",
    source: "report-email",
    createdAt: new Date("2026-03-01T12:00:00Z"),
  });
  const today = await insertLead(db, {
    email: "gone@example.test",
    source: "report-email",
    createdAt: new Date("2026-03-18T12:00:00Z"),
    consent: true,
    consentAt: new Date("2026-03-18T12:00:00Z"),
    unsubscribedAt: new Date("2026-03-18T13:00:00Z"),
    nurtureStatus: "cancelled",
  });
  return { paying, paidOrg, free, freeOrg, first, later, monday, sunday, tuesday, earlier, today };
}

beforeAll(async () => {
  people = await buildLeads(testDb().db);
});

const emailsOf = async (filters: LeadFilters) =>
  (await listLeads(asStaff(testDb().db), { ...filters, limit: 50 })).items.map((l) => l.email);

describe("listLeads", () => {
  it("shows each lead's analyses, consent, nurture state and conversion, newest first", async () => {
    const { items } = await listLeads(asStaff(testDb().db), { limit: 50 });

    expect(items.map((lead) => lead.email)).toEqual([
      people.today.email,
      people.monday.email,
      people.sunday.email,
      people.tuesday.email,
      people.earlier.email,
    ]);
    expect(items[1]).toMatchObject({
      name: "Paula",
      source: "report-email",
      consent: true,
      nurtureStatus: "cancelled",
      nurtureStep: 1,
      convertedAt: new Date("2026-03-17T12:00:00Z"),
      convertedUser: { id: people.paying.id, email: people.paying.email },
      convertedOrg: { id: people.paidOrg.id, name: "Paula's Shop", pays: true },
      analyses: [
        { url: "https://padaria.example/menu", score: 74, createdAt: people.later.createdAt },
        { url: "https://padaria.example/", score: 61, createdAt: people.first.createdAt },
      ],
    });
    expect(items[2]).toMatchObject({
      convertedOrg: { id: people.freeOrg.id, pays: false },
      analyses: [],
    });
    expect(items[0]).toMatchObject({ unsubscribedAt: expect.any(Date), convertedUser: null });
    // Rows are told apart by address: the lead's id is half of its unsubscribe link.
    expect(JSON.stringify(items)).not.toContain(people.monday.id);
  });

  it("filters by search, consent, nurture status, conversion, unsubscribe and source", async () => {
    expect(await emailsOf({ search: "CAIO_100%" })).toEqual([people.tuesday.email]);
    expect(await emailsOf({ search: "caio_1000" })).toEqual([]);
    expect(await emailsOf({ search: "paula" })).toEqual([people.monday.email]);
    expect(await emailsOf({ consent: false })).toEqual([people.sunday.email, people.earlier.email]);
    expect(await emailsOf({ nurtureStatus: "active" })).toEqual([
      people.tuesday.email,
      people.earlier.email,
    ]);
    expect(await emailsOf({ converted: true })).toEqual([people.monday.email, people.sunday.email]);
    expect(await emailsOf({ unsubscribed: true })).toEqual([people.today.email]);
    expect(await emailsOf({ unsubscribed: false, converted: false, consent: true })).toEqual([
      people.tuesday.email,
    ]);
    expect(await emailsOf({ source: "sign-up-prompt" })).toEqual([people.sunday.email]);
  });

  it("takes the date range as days on the agency's clock, both ends included", async () => {
    expect(await emailsOf({ from: "2026-03-16", to: "2026-03-17" })).toEqual([people.monday.email]);
    expect(await emailsOf({ to: "2026-03-15" })).toEqual([
      people.sunday.email,
      people.tuesday.email,
      people.earlier.email,
    ]);
  });

  it("pages by capture time and address, across leads captured at the same moment", async () => {
    const { db } = testDb();
    const at = new Date("2026-02-01T10:00:00Z");
    for (const name of ["ana", "bia", "cid"]) {
      await insertLead(db, { email: `${name}.twin@example.test`, createdAt: at, source: "x" });
    }
    const scope = asStaff(db);

    const first = await listLeads(scope, { search: "twin", limit: 2 });
    const second = await listLeads(scope, { search: "twin", limit: 2, cursor: first.nextCursor! });

    expect(first.items.map((lead) => lead.email)).toEqual([
      "cid.twin@example.test",
      "bia.twin@example.test",
    ]);
    expect(second.items.map((lead) => lead.email)).toEqual(["ana.twin@example.test"]);
    expect(second.nextCursor).toBeNull();
    await expect(listLeads(scope, { cursor: "bm90IGEgY3Vyc29y", limit: 2 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("leadsFunnel", () => {
  it("counts each São Paulo week's leads, and how many consented, signed up and pay", async () => {
    const funnel = await leadsFunnel(asStaff(testDb().db), { weeks: 3 });

    expect(funnel).toEqual([
      { week: "2026-03-02", captured: 0, consented: 0, signedUp: 0, paying: 0 },
      // Tuesday's lead, and Sunday night's (already Monday in UTC).
      { week: "2026-03-09", captured: 2, consented: 1, signedUp: 1, paying: 0 },
      { week: "2026-03-16", captured: 2, consented: 2, signedUp: 1, paying: 1 },
    ]);
  });

  it("refuses a number of weeks it does not show", async () => {
    for (const weeks of [0, 53, 2.5]) {
      await expect(leadsFunnel(asStaff(testDb().db), { weeks })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });
});

describe("exportLeads", () => {
  it("streams the filtered leads as CSV, after auditing the export with its filters", async () => {
    const { db } = testDb();
    const staff = await createUser(db, { staffRole: "admin" });
    const scope = { ...staffScope(db, staff), now: () => now };

    const csv = await new Response(await exportLeads(scope, { converted: true })).text();

    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(header).toBe(
      "email,name,source,captured_at,consent,consent_at,nurture_status,nurture_step,unsubscribed_at,converted_at,converted_user_email,organization,pays,analyses",
    );
    expect(rows).toEqual([
      [
        people.paying.email,
        "Paula",
        "report-email",
        "2026-03-16T03:30:00.000Z",
        "true",
        "2026-03-16T03:30:00.000Z",
        "cancelled",
        "1",
        "",
        "2026-03-17T12:00:00.000Z",
        people.paying.email,
        "Paula's Shop",
        "true",
        "https://padaria.example/menu (74); https://padaria.example/ (61)",
      ].join(","),
      [
        people.free.email,
        "",
        "sign-up-prompt",
        "2026-03-16T02:30:00.000Z",
        "false",
        "",
        "cancelled",
        "0",
        "",
        "2026-03-16T02:40:00.000Z",
        people.free.email,
        "Fabio's Own",
        "false",
        "",
      ].join(","),
    ]);
    const [audited] = await db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, "admin.leads.export"));
    expect(audited).toMatchObject({
      actorUserId: staff.id,
      after: { filters: { converted: true } },
    });
  });
});
