import { auditLogs, impersonationSessions } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { beforeAll, describe, expect, it } from "vitest";

import { staffScope } from "../testing";
import type { StaffScope } from "../context";
import {
  auditEntry,
  auditPickerOptions,
  impersonationSession,
  listAuditLog,
  listImpersonationSessions,
} from ".";
import type { AuditFilters } from ".";

const testDb = useTestDb();

const DAY = 86_400_000;
const T0 = Date.parse("2026-03-01T12:00:00Z");
const at = (days: number, ms = 0) => new Date(T0 + days * DAY + ms);

type Entry = typeof auditLogs.$inferInsert & { id: string; createdAt: Date };

let scope: StaffScope;
let w: Awaited<ReturnType<typeof buildLog>>;

/**
 * Two clients, their people and an agency admin, who once acted as Ana in Vela (one session,
 * with its start, two changes and its end) and once worked in Lumen as staff.
 */
async function buildLog() {
  const { db } = testDb();
  const staff = await createUser(db, {
    name: "Marina Staff",
    email: "marina@agency.test",
    staffRole: "admin",
  });
  const ana = await createUser(db, { name: "Ana Vela", email: "ana@vela.test" });
  const bruno = await createUser(db, { name: "Bruno Lumen", email: "bruno@lumen.test" });
  const vela = await createOrg(db, { name: "Vela Outdoor", owner: ana });
  const lumen = await createOrg(db, { name: "Lumen Dental", owner: bruno });
  const [asAna, inLumen] = await db
    .insert(impersonationSessions)
    .values([
      {
        staffUserId: staff.id,
        targetUserId: ana.id,
        orgId: vela.id,
        reason: "Reproducing the broken milestone dates",
        startedAt: at(5),
        expiresAt: at(5, 30 * 60_000),
        endedAt: at(5, 20 * 60_000),
        endedReason: "stopped",
      },
      {
        staffUserId: staff.id,
        targetUserId: null,
        orgId: lumen.id,
        reason: "Fixing the DNS records from ticket #2",
        startedAt: at(8),
        expiresAt: at(8, 60 * 60_000),
        endedAt: at(8, 60 * 60_000),
        endedReason: "expired",
      },
    ])
    .returning();

  const entries: Entry[] = [];
  const add = (entry: Omit<Entry, "id">) => {
    entries.push({ id: crypto.randomUUID(), ...entry });
  };
  const byAna = { orgId: vela.id, actorUserId: ana.id, effectiveUserId: ana.id };
  const byBruno = { orgId: lumen.id, actorUserId: bruno.id, effectiveUserId: bruno.id };
  const asAnaByStaff = { ...byAna, actorUserId: staff.id, impersonationId: asAna!.id };
  for (let day = 0; day < 10; day++) {
    add({
      ...byAna,
      action: "projects.update",
      resourceType: "project",
      resourceId: "p-1",
      createdAt: at(day),
      before: { status: "development" },
      after: { status: "testing" },
    });
    add({
      ...byBruno,
      action: "tickets.create",
      resourceType: "support_ticket",
      resourceId: `t-${day}`,
      createdAt: at(day),
    });
    add({
      ...byBruno,
      action: "domains.records.update",
      resourceType: "dns_record",
      resourceId: "d-1",
      createdAt: at(day, 1),
    });
  }
  add({
    ...asAnaByStaff,
    action: "impersonation.start",
    resourceType: "user",
    resourceId: ana.id,
    createdAt: at(5),
  });
  add({
    ...asAnaByStaff,
    action: "projects.milestones.update",
    resourceType: "milestone",
    resourceId: "m-1",
    createdAt: at(5, 60_000),
  });
  add({
    ...asAnaByStaff,
    action: "tickets.reply",
    resourceType: "support_ticket",
    resourceId: "t-9",
    createdAt: at(5, 120_000),
  });
  add({
    ...asAnaByStaff,
    action: "impersonation.end",
    resourceType: "user",
    resourceId: ana.id,
    createdAt: at(5, 20 * 60_000),
  });
  add({
    orgId: lumen.id,
    actorUserId: staff.id,
    effectiveUserId: staff.id,
    impersonationId: inLumen!.id,
    action: "domains.records.update",
    resourceType: "dns_record",
    resourceId: "d-1",
    createdAt: at(8, 60_000),
  });
  // A staff action outside any organization, at the same instant as another entry.
  add({
    orgId: null,
    actorUserId: staff.id,
    effectiveUserId: staff.id,
    action: "admin.audit.export",
    resourceType: "audit_log",
    createdAt: at(3),
  });
  await db.insert(auditLogs).values(entries);
  return { staff, ana, bruno, vela, lumen, asAna: asAna!, inLumen: inLumen!, entries };
}

beforeAll(async () => {
  w = await buildLog();
  scope = staffScope(testDb().db, w.staff, { staffRole: "support" });
});

/** Newest first; the same instant by id, as the log pages. */
const newestFirst = (a: Entry, b: Entry) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0);

/** Every page of the list, walked by its cursor. */
async function everyPage(filters: AuditFilters, limit: number) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listAuditLog(scope, { ...filters, cursor, limit });
    pages.push(page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

describe("the audit log for staff", () => {
  it("pages through every entry exactly once, newest first, ties broken by id", async () => {
    const pages = await everyPage({}, 4);
    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
    expect(pages.flat()).toEqual([...w.entries].sort(newestFirst).map((e) => e.id));
  });

  it("narrows to each filter, and only to it, across pages", async () => {
    const cases: [string, AuditFilters, (e: Entry) => boolean][] = [
      ["organization", { clientOrgId: w.vela.id }, (e) => e.orgId === w.vela.id],
      ["actor", { actorUserId: w.staff.id }, (e) => e.actorUserId === w.staff.id],
      ["effective user", { effectiveUserId: w.ana.id }, (e) => e.effectiveUserId === w.ana.id],
      ["exact action", { action: "tickets.reply" }, (e) => e.action === "tickets.reply"],
      ["action prefix", { action: "domains." }, (e) => e.action.startsWith("domains.")],
      ["resource type", { resourceType: "dns_record" }, (e) => e.resourceType === "dns_record"],
      [
        "resource",
        { resourceType: "support_ticket", resourceId: "t-9" },
        (e) => e.resourceType === "support_ticket" && e.resourceId === "t-9",
      ],
      ["impersonation", { impersonationId: w.asAna.id }, (e) => e.impersonationId === w.asAna.id],
      ["period", { from: at(2), to: at(4) }, (e) => e.createdAt >= at(2) && e.createdAt < at(4)],
      [
        "actor as another person",
        { actorUserId: w.staff.id, effectiveUserId: w.ana.id, action: "tickets." },
        (e) =>
          e.actorUserId === w.staff.id &&
          e.effectiveUserId === w.ana.id &&
          e.action.startsWith("tickets."),
      ],
    ];
    for (const [name, filters, matches] of cases) {
      const expected = w.entries
        .filter(matches)
        .sort(newestFirst)
        .map((e) => e.id);
      expect(expected.length, name).toBeGreaterThan(0);
      expect(expected.length, name).toBeLessThan(w.entries.length);
      expect((await everyPage(filters, 3)).flat(), name).toEqual(expected);
    }
  });

  it("takes a prefix only when it ends in a dot, every character of it literally", async () => {
    expect((await listAuditLog(scope, { action: "tickets", limit: 50 })).items).toEqual([]);
    expect((await listAuditLog(scope, { action: "ticket%.", limit: 50 })).items).toEqual([]);
    expect((await listAuditLog(scope, { action: "tickets_reply", limit: 50 })).items).toEqual([]);
  });

  it("names the organization and both people, with the impersonation and the change", async () => {
    const reply = w.entries.find((e) => e.action === "tickets.reply")!;
    const [row] = (await listAuditLog(scope, { action: "tickets.reply", limit: 1 })).items;
    expect(row).toMatchObject({
      id: reply.id,
      orgName: "Vela Outdoor",
      actorName: "Marina Staff",
      actorEmail: "marina@agency.test",
      effectiveName: "Ana Vela",
      effectiveEmail: "ana@vela.test",
      impersonationId: w.asAna.id,
    });
    const update = w.entries.find((e) => e.action === "projects.update")!;
    expect(await auditEntry(scope, { id: update.id })).toMatchObject({
      orgName: "Vela Outdoor",
      before: { status: "development" },
      after: { status: "testing" },
    });
    const outside = w.entries.find((e) => e.orgId === null)!;
    expect(await auditEntry(scope, { id: outside.id })).toMatchObject({
      orgId: null,
      orgName: null,
    });
  });

  it("finds no entry that does not exist", async () => {
    await expect(auditEntry(scope, { id: crypto.randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the impersonation trail", () => {
  it("lists each session, newest first, with whom, where, why, how it ended and what was done", async () => {
    const { items, nextCursor } = await listImpersonationSessions(scope, { limit: 10 });
    expect(nextCursor).toBeNull();
    expect(items).toMatchObject([
      {
        id: w.inLumen.id,
        staffName: "Marina Staff",
        targetUserId: null,
        targetName: null,
        orgName: "Lumen Dental",
        reason: "Fixing the DNS records from ticket #2",
        endedReason: "expired",
        actionCount: 1,
      },
      {
        id: w.asAna.id,
        targetName: "Ana Vela",
        targetEmail: "ana@vela.test",
        orgName: "Vela Outdoor",
        endedAt: at(5, 20 * 60_000),
        endedReason: "stopped",
        // Its start and end are entries of the session, not things done in it.
        actionCount: 2,
      },
    ]);
  });

  it("filters sessions by organization, staff member, client user and start date", async () => {
    const ids = async (filters: Parameters<typeof listImpersonationSessions>[1]) =>
      (await listImpersonationSessions(scope, filters)).items.map((s) => s.id);
    expect(await ids({ clientOrgId: w.vela.id, limit: 10 })).toEqual([w.asAna.id]);
    expect(await ids({ targetUserId: w.ana.id, limit: 10 })).toEqual([w.asAna.id]);
    expect(await ids({ staffUserId: w.staff.id, limit: 10 })).toEqual([w.inLumen.id, w.asAna.id]);
    expect(await ids({ staffUserId: w.ana.id, limit: 10 })).toEqual([]);
    expect(await ids({ from: at(6), limit: 10 })).toEqual([w.inLumen.id]);
    expect(await ids({ to: at(6), limit: 10 })).toEqual([w.asAna.id]);
    expect(await ids({ limit: 1 })).toEqual([w.inLumen.id]);
    const first = await listImpersonationSessions(scope, { limit: 1 });
    expect(await ids({ cursor: first.nextCursor!, limit: 1 })).toEqual([w.asAna.id]);
  });

  it("opens one session, whose actions are the log filtered by it", async () => {
    expect(await impersonationSession(scope, { id: w.asAna.id })).toMatchObject({
      staffEmail: "marina@agency.test",
      targetEmail: "ana@vela.test",
      actionCount: 2,
    });
    const actions = await listAuditLog(scope, { impersonationId: w.asAna.id, limit: 10 });
    expect(actions.items.map((e) => e.action)).toEqual([
      "impersonation.end",
      "tickets.reply",
      "projects.milestones.update",
      "impersonation.start",
    ]);
    await expect(impersonationSession(scope, { id: crypto.randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the filter pickers", () => {
  it("suggest organizations by the start of their name, and people by name or email", async () => {
    const names = async (input: Parameters<typeof auditPickerOptions>[1]) =>
      (await auditPickerOptions(scope, input)).map((o) => o.name);
    expect(await names({ kind: "organization", search: "vel" })).toEqual(["Vela Outdoor"]);
    expect(await names({ kind: "organization", search: "Outdoor" })).toEqual([]);
    expect(await names({ kind: "user", search: "bruno" })).toEqual(["Bruno Lumen"]);
    expect(await names({ kind: "user", search: "ANA@" })).toEqual(["Ana Vela"]);
    expect(await names({ kind: "user", search: "%" })).toEqual([]);
    expect(await names({ kind: "organization", id: w.lumen.id })).toEqual(["Lumen Dental"]);
  });
});
