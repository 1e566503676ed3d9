/**
 * A client's own limits (`organizations.custom_limits`) over its plan's, wherever a limit is
 * enforced or shown, against the real database; clearing them gives the plan's back.
 */
import { auditLogs, creditLedger, orgQuotas } from "@arco/db/schema";
import type { CustomLimits } from "@arco/db/schema";
import { createOrg, createUser, planOf, useTestDb } from "@arco/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { grantMonthlyCredits } from "../src/credits";
import { createDomain } from "../src/domains";
import { beginUpload, filesOverview } from "../src/files";
import { createInvitation } from "../src/invitations";
import { clientLimits, effectiveLimits, setCustomLimits } from "../src/plans";
import { createProject, updateProject } from "../src/projects";
import { orgScope, staffScope, systemScope } from "../src/testing";
import { createTicket, ticketQuota } from "../src/tickets";

const testDb = useTestDb();
const silent = async () => ({}) as never;
const GB = 1024 ** 3;

async function staff(staffRole: "admin" | "support" = "admin") {
  const { db } = testDb();
  const user = await createUser(db, { staffRole });
  return staffScope(db, user, { staffRole });
}

/** A client on `tier`, and a way to give it limits of its own (or `{}` to clear them). */
async function client(tier: "free" | "basic" = "free") {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier, owner });
  const scope = orgScope(db, owner, org.id, { deps: { sendEmail: silent } });
  const limit = async (limits: CustomLimits) =>
    setCustomLimits(await staff(), { clientOrgId: org.id, limits, reason: "Enterprise deal" });
  const open = () =>
    createTicket(scope, { subject: "The form is broken", description: "Nothing arrives." });
  return { org, scope, limit, open };
}

describe("effectiveLimits", () => {
  it("keeps the plan's limit for a key left out and reads null as unlimited", async () => {
    const free = await planOf(testDb().db, "free");
    expect(effectiveLimits(free, null)).toBe(free);
    expect(effectiveLimits(free, { maxProjects: 5, ticketsPerMonth: null })).toEqual({
      ...free,
      maxProjects: 5,
      ticketsPerMonth: null,
    });
  });
});

describe("a client's own limits", () => {
  it("set the monthly ticket allowance, and clearing them restores the plan's", async () => {
    const { scope, limit, open } = await client("free");
    await limit({ ticketsPerMonth: 2 });
    await open();
    await open();
    await expect(open()).rejects.toMatchObject({ code: "QUOTA_EXCEEDED" });
    expect(await ticketQuota(scope)).toMatchObject({ used: 2, limit: 2 });

    await limit({});
    await open();
    expect(await ticketQuota(scope)).toMatchObject({ used: 3, limit: 15 });
  });

  it("may make a limit unlimited (a key present with null)", async () => {
    const { org, scope, limit, open } = await client("free");
    await testDb().db.update(orgQuotas).set({ ticketsUsed: 15 }).where(eq(orgQuotas.orgId, org.id));
    await expect(open()).rejects.toMatchObject({ code: "QUOTA_EXCEEDED" });
    await limit({ ticketsPerMonth: null });
    await open();
    expect(await ticketQuota(scope)).toMatchObject({ used: 16, limit: null });
  });

  it("set the response time a new ticket is due by", async () => {
    const { limit, open } = await client("basic");
    await limit({ responseSlaHours: 2 });
    const ticket = await open();
    expect(ticket.responseSlaHours).toBe(2);
    expect(ticket.firstResponseDueAt!.getTime() - ticket.createdAt.getTime()).toBe(2 * 3_600_000);
  });

  it("set how many active projects fit, and which stay editable", async () => {
    const { scope, limit } = await client("free");
    await limit({ maxProjects: 2 });
    await createProject(scope, { name: "Site" });
    const second = await createProject(scope, { name: "Shop" });
    await expect(createProject(scope, { name: "Blog" })).rejects.toMatchObject({
      code: "QUOTA_EXCEEDED",
    });

    // Back on the plan's one project, the second is beyond it: shown, not changed.
    await limit({});
    await expect(updateProject(scope, { id: second.id, name: "Store" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await limit({ maxProjects: 2 });
    await updateProject(scope, { id: second.id, name: "Store" });
  });

  it("set the storage an upload may reserve and the usage shown", async () => {
    const { scope, limit } = await client("free");
    await limit({ storageBytes: 1000 });
    expect(await filesOverview(scope)).toMatchObject({ limitBytes: 1000 });
    await expect(beginUpload(scope, { name: "big.pdf", declaredSize: 1001 })).rejects.toMatchObject(
      { code: "QUOTA_EXCEEDED" },
    );
    await beginUpload(scope, { name: "small.pdf", declaredSize: 1000 });

    await limit({});
    expect(await filesOverview(scope)).toMatchObject({ limitBytes: 5 * GB, usedBytes: 1000 });
    await beginUpload(scope, { name: "big.pdf", declaredSize: 1001 });
  });

  it("set the domains and the team size", async () => {
    const { scope, limit } = await client("free");
    await limit({ maxDomains: 0, maxMembers: 2 });
    await expect(createDomain(scope, { name: "example.com" })).rejects.toMatchObject({
      code: "QUOTA_EXCEEDED",
    });
    await createInvitation(scope, { email: "ana@example.test", role: "member" });
    await expect(
      createInvitation(scope, { email: "bia@example.test", role: "member" }),
    ).rejects.toMatchObject({ code: "QUOTA_EXCEEDED" });
  });

  it("set the monthly credits granted", async () => {
    const { db } = testDb();
    const { org, limit } = await client("free");
    await limit({ monthlyCredits: 7 });
    await grantMonthlyCredits(systemScope(db));
    const grants = await db
      .select({ amount: creditLedger.amount })
      .from(creditLedger)
      .where(and(eq(creditLedger.orgId, org.id), eq(creditLedger.type, "grant")));
    expect(grants.map((g) => g.amount)).toEqual([7]);
  });

  it("are shown to staff beside the plan's, and audited with the reason", async () => {
    const { db } = testDb();
    const { org, limit } = await client("basic");
    await limit({ maxProjects: 8, storageBytes: null });
    const basic = await planOf(db, "basic");
    const shown = await clientLimits(await staff("support"), { clientOrgId: org.id });
    expect(shown).toMatchObject({
      tier: "basic",
      plan: { maxProjects: basic.maxProjects, storageBytes: basic.storageBytes },
      custom: { maxProjects: 8, storageBytes: null },
      effective: { maxProjects: 8, storageBytes: null, maxDomains: basic.maxDomains },
    });
    const [entry] = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.orgId, org.id), eq(auditLogs.action, "admin.plans.setCustomLimits")));
    expect(entry).toMatchObject({
      before: { customLimits: null },
      after: { customLimits: { maxProjects: 8, storageBytes: null }, reason: "Enterprise deal" },
    });
  });

  it("are set by agency admins only", async () => {
    const { org } = await client("free");
    await expect(
      setCustomLimits(await staff("support"), {
        clientOrgId: org.id,
        limits: { ticketsPerMonth: null },
        reason: "Asked nicely",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await clientLimits(await staff(), { clientOrgId: org.id })).custom).toEqual({});
  });
});
