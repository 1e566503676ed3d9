/**
 * Agency staff acting for a client, through the API as a browser reaches it: the session that
 * starts an impersonation acts as the member from its next request, the deny-list refuses what
 * staff may never do for a client even when called directly, expiry is enforced by the server on
 * the next request, every change is audited under both names, and the client sees it all.
 */
import { accounts } from "@arco/services";
import { auditLogs, impersonationSessions, memberships, projects, sessions } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { answer, appRouter, exportAuditCsv } from "../src";
import { deniedPaths } from "../src/impersonation-deny-list";
import { buildWorld, callerFor, relaxedLimiter } from "./harness";
import type { World } from "./harness";

const testDb = useTestDb();
let world: World;
beforeAll(async () => {
  world = await buildWorld(testDb().db);
});

const REASON = "The client asked why the dashboard shows no tickets";

/** A staff member's sign-in, whose requests share one session as a browser's do. */
async function staffBrowser(userId: string) {
  const sessionId = await accounts.startSession(testDb().db, userId);
  return () => callerFor({ database: testDb(), userId, sessionId });
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e as TRPCError,
  );
  expect(error, "expected a refusal").toBeInstanceOf(TRPCError);
  return error!;
}

function invoke(caller: object, path: string) {
  const fn = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input?: unknown) => Promise<unknown>)(undefined);
}

describe("acting as a client's member", () => {
  it("makes the session's next requests the member's, in the member's organization and role", async () => {
    const browser = await staffBrowser(world.users.staff.id);
    const { id } = await (
      await browser()
    ).impersonation.start({
      orgId: world.orgA.id,
      userId: world.users.memberA.id,
      reason: REASON,
    });
    const me = await (await browser()).me.get();
    expect(me).toMatchObject({
      id: world.users.memberA.id,
      staffRole: null,
      activeOrg: { id: world.orgA.id, role: "member" },
      impersonation: {
        id,
        staff: { id: world.users.staff.id },
        target: { id: world.users.memberA.id },
        reason: REASON,
      },
    });
    // Only the organization staff came for, and no admin area while acting as a client.
    expect(me.memberships.map((m) => m.orgId)).toEqual([world.orgA.id]);
    expect((await refusal((await browser()).admin.clients.list({}))).code).toBe("FORBIDDEN");
    await (await browser()).impersonation.stop();
  });

  it("audits a change made while impersonating under both names, with the impersonation", async () => {
    const browser = await staffBrowser(world.users.staff.id);
    const { id } = await (
      await browser()
    ).impersonation.start({
      orgId: world.orgA.id,
      userId: world.users.ownerA.id,
      reason: REASON,
    });
    const project = await (await browser()).projects.create({ name: "Made while acting" });
    const [entry] = await testDb()
      .db.select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "projects.create"), eq(auditLogs.resourceId, project.id)));
    expect(entry).toMatchObject({
      actorUserId: world.users.staff.id,
      effectiveUserId: world.users.ownerA.id,
      impersonationId: id,
      orgId: world.orgA.id,
    });
    const [made] = await testDb().db.select().from(projects).where(eq(projects.id, project.id));
    expect(made!.orgId).toBe(world.orgA.id);
    await (await browser()).impersonation.stop();
  });

  it("refuses every change on the deny-list, called directly, and changes nothing", async () => {
    const browser = await staffBrowser(world.users.staff.id);
    await (
      await browser()
    ).impersonation.start({
      orgId: world.orgA.id,
      userId: world.users.ownerA.id,
      reason: REASON,
    });
    const audited = await testDb().db.$count(auditLogs);
    // Each one is a procedure that exists: a renamed one would slip out of the list.
    expect(Object.keys(appRouter._def.procedures)).toEqual(expect.arrayContaining(deniedPaths()));
    expect(deniedPaths()).toEqual(
      expect.arrayContaining(["billing.checkout", "members.updateRole", "me.changePassword"]),
    );
    for (const path of deniedPaths()) {
      const error = await refusal(invoke(await browser(), path));
      expect(error.code, path).toBe("FORBIDDEN");
      expect(error.message, path).toMatch(/acting for/);
    }
    expect(await testDb().db.$count(auditLogs)).toBe(audited);
    await (await browser()).impersonation.stop();
  });

  it("refuses the CSV exports too, even to an agency admin working in the organization as staff", async () => {
    const sessionId = await accounts.startSession(testDb().db, world.users.staff.id);
    const opts = {
      database: testDb(),
      headers: new Headers({ "x-arco-client-ip": "203.0.113.9" }),
      session: { user: { id: world.users.staff.id }, sessionId },
      rateLimiter: relaxedLimiter(),
    };
    const caller = await callerFor({ database: testDb(), userId: world.users.staff.id, sessionId });
    await caller.impersonation.start({ orgId: world.orgA.id, userId: null, reason: REASON });
    const response = await answer(() => exportAuditCsv(opts, new URLSearchParams()));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Nothing is exported while acting for a client");
    await (
      await callerFor({ database: testDb(), userId: world.users.staff.id, sessionId })
    ).impersonation.stop();
    expect((await answer(() => exportAuditCsv(opts, new URLSearchParams()))).status).toBe(200);
  });

  it("ends an expired impersonation on the next request, refusing it, whatever the browser shows", async () => {
    const browser = await staffBrowser(world.users.staff.id);
    const { id } = await (
      await browser()
    ).impersonation.start({
      orgId: world.orgA.id,
      userId: world.users.memberA.id,
      reason: REASON,
      minutes: 5,
    });
    // Five minutes pass.
    await testDb()
      .db.update(impersonationSessions)
      .set({
        startedAt: new Date(Date.now() - 6 * 60_000),
        expiresAt: new Date(Date.now() - 60_000),
      })
      .where(eq(impersonationSessions.id, id));
    const error = await refusal(
      (await browser()).tickets.create({ subject: "Late", description: "Too late." }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain("has run out");
    const [ended] = await testDb()
      .db.select()
      .from(impersonationSessions)
      .where(eq(impersonationSessions.id, id));
    expect(ended).toMatchObject({ endedReason: "expired", endedAt: ended!.expiresAt });
    // From then on the session is the staff member's own again.
    expect(await (await browser()).me.get()).toMatchObject({
      id: world.users.staff.id,
      impersonation: null,
    });
    const [end] = await testDb()
      .db.select()
      .from(auditLogs)
      .where(and(eq(auditLogs.impersonationId, id), eq(auditLogs.action, "impersonation.end")));
    expect(end!.after).toMatchObject({ endedReason: "expired", reason: REASON });
  });

  it("ends when the staff member signs out", async () => {
    const sessionId = await accounts.startSession(testDb().db, world.users.staff.id);
    const caller = await callerFor({ database: testDb(), userId: world.users.staff.id, sessionId });
    const { id } = await caller.impersonation.start({
      orgId: world.orgA.id,
      userId: world.users.memberA.id,
      reason: REASON,
    });
    await accounts.endSession(testDb().db, sessionId);
    const [ended] = await testDb()
      .db.select()
      .from(impersonationSessions)
      .where(eq(impersonationSessions.id, id));
    expect(ended!.endedReason).toBe("signed_out");
    expect(await testDb().db.$count(sessions, eq(sessions.sessionToken, sessionId))).toBe(0);
  });
});

describe("who may act as whom", () => {
  it("lets support staff act as a member but never as an owner", async () => {
    await testDb()
      .db.update(impersonationSessions)
      .set({ endedAt: new Date(), endedReason: "stopped" })
      .where(eq(impersonationSessions.id, world.impersonations.staffInA));
    const support = await staffBrowser(world.users.staffInA.id);
    const error = await refusal(
      (await support()).impersonation.start({
        orgId: world.orgA.id,
        userId: world.users.ownerA.id,
        reason: REASON,
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("Only agency admins can act as an organization's owner.");
    await (
      await support()
    ).impersonation.start({
      orgId: world.orgA.id,
      userId: world.users.viewerA.id,
      reason: REASON,
    });
    expect((await (await support()).me.get()).id).toBe(world.users.viewerA.id);
    await (await support()).impersonation.stop();
  });

  it("never impersonates agency staff, and asks for a reason and a duration within an hour", async () => {
    const admin = await staffBrowser(world.users.staff.id);
    const start = async (input: { userId?: string; reason?: string; minutes?: number }) =>
      refusal(
        (await admin()).impersonation.start({
          orgId: world.orgA.id,
          reason: REASON,
          ...input,
        }),
      );
    // Support staff made a member of org A are still staff.
    await testDb().db.insert(memberships).values({
      orgId: world.orgA.id,
      userId: world.users.staffInA.id,
      role: "member",
    });
    expect((await start({ userId: world.users.staffInA.id })).message).toBe(
      "Agency staff cannot be impersonated.",
    );
    const short = await start({ reason: "because" });
    expect(short.code).toBe("BAD_REQUEST");
    expect(short.message).toContain("at least 10 characters");
    expect((await start({ minutes: 61 })).code).toBe("BAD_REQUEST");
    // Another tenant's member is no one to org A.
    expect((await start({ userId: world.users.ownerB.id })).code).toBe("NOT_FOUND");
  });
});

describe("the client's agency access", () => {
  it("lists each session into the organization: who, as whom, why, how it ended", async () => {
    const admin = await staffBrowser(world.users.staff.id);
    await (
      await admin()
    ).impersonation.start({
      orgId: world.orgB.id,
      userId: null,
      reason: "Setting up the client's first project",
      minutes: 20,
    });
    await (await admin()).impersonation.stop();
    const owner = await callerFor({ database: testDb(), userId: world.users.ownerB.id });
    const { items } = await owner.orgs.agencyAccess({});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      staffEmail: world.users.staff.email,
      asStaff: true,
      reason: "Setting up the client's first project",
      endedReason: "stopped",
      changes: 0,
    });
    const [started] = await testDb()
      .db.select()
      .from(auditLogs)
      .where(and(eq(auditLogs.orgId, world.orgB.id), eq(auditLogs.action, "impersonation.start")))
      .orderBy(desc(auditLogs.createdAt));
    expect(started!.after).toMatchObject({ reason: "Setting up the client's first project" });
  });
});
