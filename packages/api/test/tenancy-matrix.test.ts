/**
 * Every procedure of the app router, called by every kind of caller against org A's objects,
 * with the outcome each must get. A procedure missing from the table fails the suite, so every
 * new procedure must state who may call it. Each case runs in a transaction that is rolled back,
 * so cases cannot affect each other.
 */
import type { Database } from "@arco/db";
import { auditLogs, invitations, memberships, organizations, users } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import type { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appRouter } from "../src";
import { PASSWORD, buildWorld, callerFor } from "./harness";
import type { World } from "./harness";

const testDb = useTestDb();
let world: World;
beforeAll(async () => {
  world = await buildWorld(testDb().db);
});

const callers = [
  "anonymous",
  "freeUser",
  "ownerA",
  "adminA",
  "memberA",
  "viewerA",
  "ownerB",
  "staff",
] as const;
type CallerName = (typeof callers)[number];

type Caller = Awaited<ReturnType<typeof callerFor>>;
type Code = TRPCError["code"];
/** `ok` may check the result and the database (inside the case's transaction). */
type Outcome =
  "ok" | Code | { ok: (result: unknown, db: Database, caller: CallerName) => Promise<void> | void };
type Row = {
  call: (caller: Caller, w: World) => Promise<unknown>;
  expect: Partial<Record<CallerName, Outcome>> & { default: Outcome };
};

const A_MEMBERS = ["ownerA", "adminA", "memberA", "viewerA"] as const;
const signedIn = (outcome: Outcome): Row["expect"] => ({
  default: outcome,
  anonymous: "UNAUTHORIZED",
});
/** Org procedures: callers without an organization (staff here) are told to get one first. */
const inOrg = (
  outcomes: Partial<Record<CallerName, Outcome>>,
  otherwise: Outcome,
): Row["expect"] => ({
  default: otherwise,
  anonymous: "UNAUTHORIZED",
  staff: "PRECONDITION_FAILED",
  ...outcomes,
});
const managersOfA = (elsewhere: Outcome): Row["expect"] =>
  inOrg({ ownerA: "ok", adminA: "ok", memberA: "FORBIDDEN", viewerA: "FORBIDDEN" }, elsewhere);

const orgANameUnchanged = async (_: unknown, db: Database) => {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, world.orgA.id));
  expect(org!.name).toBe("Org A");
};
const neverShowsOrgA = (result: unknown) => {
  expect(JSON.stringify(result)).not.toContain(world.orgA.id);
  for (const name of ["Owner A", "Admin A", "Member A", "Viewer A", "outsider@example.test"]) {
    expect(JSON.stringify(result)).not.toContain(name);
  }
};

const neverShowsAnalysisA = (result: unknown) => {
  expect(JSON.stringify(result)).not.toContain(world.analysisA.id);
  expect(JSON.stringify(result)).not.toContain("org-a.example");
};

const matrix: Record<string, Row> = {
  "system.health": { call: (c) => c.system.health(), expect: { default: "ok" } },

  "auth.signUp": {
    call: (c) =>
      c.auth.signUp({
        name: "New Person",
        email: `new-${crypto.randomUUID()}@example.test`,
        password: PASSWORD,
      }),
    expect: { default: "ok" },
  },
  "auth.verifyEmail": {
    call: (c) => c.auth.verifyEmail({ token: "a-token-that-was-never-issued-to-anyone" }),
    expect: { default: "BAD_REQUEST" },
  },
  "auth.resendVerification": { call: (c) => c.auth.resendVerification(), expect: signedIn("ok") },

  "me.get": {
    call: (c) => c.me.get(),
    expect: signedIn({
      ok: (me, _db, caller) => {
        expect((me as { id: string }).id).toBe(world.users[caller as keyof World["users"]].id);
      },
    }),
  },
  "me.updateProfile": {
    call: (c) => c.me.updateProfile({ name: "Renamed" }),
    expect: signedIn("ok"),
  },
  "me.changePassword": {
    call: (c) =>
      c.me.changePassword({ currentPassword: PASSWORD, newPassword: "another long password" }),
    expect: signedIn("ok"),
  },

  "orgs.list": {
    call: (c) => c.orgs.list(),
    expect: {
      ...signedIn({ ok: neverShowsOrgA }),
      ...Object.fromEntries(A_MEMBERS.map((m) => [m, "ok"])),
    },
  },
  "orgs.current": {
    call: (c) => c.orgs.current(),
    expect: inOrg(
      Object.fromEntries(
        A_MEMBERS.map((m) => [
          m,
          { ok: (r: unknown) => expect((r as { id: string }).id).toBe(world.orgA.id) },
        ]),
      ),
      { ok: neverShowsOrgA },
    ),
  },
  "orgs.create": { call: (c) => c.orgs.create({ name: "Side project" }), expect: signedIn("ok") },
  "orgs.switch": {
    call: (c, w) => c.orgs.switch({ orgId: w.orgA.id }),
    expect: { ...signedIn("NOT_FOUND"), ...Object.fromEntries(A_MEMBERS.map((m) => [m, "ok"])) },
  },
  "orgs.update": {
    call: (c) => c.orgs.update({ name: "Hijacked" }),
    expect: inOrg(
      {
        memberA: "FORBIDDEN",
        viewerA: "FORBIDDEN",
        ownerB: { ok: orgANameUnchanged },
        freeUser: { ok: orgANameUnchanged },
      },
      "ok",
    ),
  },

  "members.list": {
    call: (c) => c.members.list({}),
    expect: inOrg(Object.fromEntries(A_MEMBERS.map((m) => [m, "ok"])), { ok: neverShowsOrgA }),
  },
  "members.updateRole": {
    call: (c, w) => c.members.updateRole({ membershipId: w.targetMembershipId, role: "viewer" }),
    expect: managersOfA("NOT_FOUND"),
  },
  "members.remove": {
    call: (c, w) => c.members.remove({ membershipId: w.targetMembershipId }),
    expect: managersOfA("NOT_FOUND"),
  },
  "members.leave": {
    call: (c) => c.members.leave(),
    // Sole owners may not leave; everyone else leaves their own organization only.
    expect: inOrg({ adminA: "ok", memberA: "ok", viewerA: "ok" }, "PRECONDITION_FAILED"),
  },

  "invitations.list": {
    call: (c) => c.invitations.list(),
    expect: inOrg(
      { ownerA: "ok", adminA: "ok", memberA: "FORBIDDEN", viewerA: "FORBIDDEN" },
      { ok: neverShowsOrgA },
    ),
  },
  "invitations.create": {
    call: (c) =>
      c.invitations.create({
        email: `invitee-${crypto.randomUUID()}@example.test`,
        role: "member",
      }),
    // Org B and the free org are on the free tier: one member, no room to invite.
    expect: managersOfA("TOO_MANY_REQUESTS"),
  },
  "invitations.revoke": {
    call: (c, w) => c.invitations.revoke({ invitationId: w.invitation.id }),
    expect: managersOfA("NOT_FOUND"),
  },
  "invitations.byToken": {
    call: (c, w) => c.invitations.byToken({ token: w.invitationToken }),
    // The token itself is the capability: whoever holds the link may read the invitation.
    expect: { default: "ok" },
  },
  "invitations.accept": {
    call: (c, w) => c.invitations.accept({ token: w.invitationToken }),
    expect: signedIn("FORBIDDEN"),
  },
  "invitations.decline": {
    call: (c, w) => c.invitations.decline({ token: w.invitationToken }),
    expect: signedIn("FORBIDDEN"),
  },

  "analyses.run": {
    call: (c) => c.analyses.run({ url: "https://example.com/pricing" }),
    expect: { default: "ok" },
  },
  "analyses.byId": {
    call: (c, w) => c.analyses.byId({ id: w.analysisA.id }),
    expect: { default: "NOT_FOUND", ownerA: "ok" },
  },
  "analyses.share": {
    call: (c, w) => c.analyses.share({ id: w.analysisA.id }),
    expect: { default: "NOT_FOUND", ownerA: "ok" },
  },
  "analyses.shared": {
    call: (c, w) => c.analyses.shared({ token: w.analysisA.shareToken! }),
    // The share token is the capability, and the shared copy names nobody.
    expect: {
      default: {
        ok: (r) =>
          expect(Object.keys(r as object).sort()).toEqual(["createdAt", "report", "score", "url"]),
      },
    },
  },
  "analyses.list": {
    call: (c) => c.analyses.list({}),
    expect: { ...signedIn({ ok: neverShowsAnalysisA }), ownerA: "ok" },
  },
  "analyses.pages": {
    call: (c) => c.analyses.pages(),
    expect: { ...signedIn({ ok: neverShowsAnalysisA }), ownerA: "ok" },
  },
  "analyses.trend": {
    call: (c) => c.analyses.trend({ url: "https://org-a.example/" }),
    expect: { ...signedIn({ ok: (r) => expect(r).toEqual([]) }), ownerA: "ok" },
  },

  "leads.capture": {
    call: (c, w) =>
      c.leads.capture({
        email: `reader-${crypto.randomUUID()}@example.test`,
        consent: true,
        source: "report-email",
        analysisId: w.analysisA.id,
      }),
    // Someone else's analysis can't be mailed out by requesting its report.
    expect: { default: "NOT_FOUND", ownerA: "ok" },
  },
  "leads.unsubscribe": {
    call: (c) => c.leads.unsubscribe({ token: `${crypto.randomUUID()}.forged-digest-value` }),
    expect: { default: "NOT_FOUND" },
  },

  "admin.outbox.list": {
    call: (c) => c.admin.outbox.list({}),
    expect: { default: "FORBIDDEN", anonymous: "UNAUTHORIZED", staff: "ok" },
  },
  "admin.outbox.byId": {
    call: (c, w) => c.admin.outbox.byId({ id: w.outboxMessageId }),
    expect: { default: "FORBIDDEN", anonymous: "UNAUTHORIZED", staff: "ok" },
  },
};

const typeOf = (path: string) =>
  (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path]!._def
    .type;

class Rollback extends Error {}

/** Runs one case inside a transaction that is always rolled back. */
async function isolated(fn: (db: Database) => Promise<void>) {
  const handle = testDb();
  await handle.db
    .transaction(async (tx) => {
      await fn(tx as unknown as Database);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
}

describe("the tenancy matrix", () => {
  it("lists every procedure of the app router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(matrix).sort()).toEqual(procedures);
  });

  for (const [path, row] of Object.entries(matrix)) {
    for (const caller of callers) {
      const outcome = row.expect[caller] ?? row.expect.default;
      const label = typeof outcome === "string" ? outcome : "ok (checked)";
      it(`${path} by ${caller} → ${label}`, async () => {
        await isolated(async (db) => {
          const userId = caller === "anonymous" ? null : world.users[caller].id;
          const client = await callerFor({ database: { ...testDb(), db }, userId });
          const auditedBefore = await db.$count(auditLogs);
          const result = await row.call(client, world).then(
            (value) => ({ ok: true as const, value }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (outcome === "ok" || typeof outcome === "object") {
            if (!result.ok) throw result.error;
            if (typeof outcome === "object") await outcome.ok(result.value, db, caller);
            // Every mutation that succeeds leaves a record in the audit log.
            if (typeOf(path) === "mutation") {
              expect(await db.$count(auditLogs)).toBeGreaterThan(auditedBefore);
            }
          } else {
            expect(result.ok, `expected ${outcome}`).toBe(false);
            expect(result.ok ? null : (result.error as TRPCError).code).toBe(outcome);
          }
        });
      });
    }
  }
});

describe("mass assignment", () => {
  it("ignores orgId, role, tier and staff fields smuggled into payloads", async () => {
    const { db } = testDb();
    await isolated(async (tx) => {
      const asOwnerA = await callerFor({
        database: { ...testDb(), db: tx },
        userId: world.users.ownerA.id,
      });
      const smuggled = {
        orgId: world.orgB.id,
        planId: world.orgB.planId,
        tier: "enterprise",
        role: "owner",
      };
      await asOwnerA.orgs.update({ name: "Renamed A", ...smuggled } as { name: string });
      const [a] = await tx.select().from(organizations).where(eq(organizations.id, world.orgA.id));
      const [b] = await tx.select().from(organizations).where(eq(organizations.id, world.orgB.id));
      expect(a).toMatchObject({ name: "Renamed A", planId: world.orgA.planId });
      expect(b!.name).toBe("Org B");

      const invited = await asOwnerA.invitations.create({
        ...smuggled,
        email: "smuggled@example.test",
        role: "member",
      } as { email: string; role: "member" });
      const [row] = await tx.select().from(invitations).where(eq(invitations.id, invited.id));
      expect(row).toMatchObject({ orgId: world.orgA.id, role: "member" });

      await asOwnerA.me.updateProfile({ name: "Olga", staffRole: "admin", email: "x@y.z" } as {
        name: string;
      });
      const [me] = await tx.select().from(users).where(eq(users.id, world.users.ownerA.id));
      expect(me).toMatchObject({ name: "Olga", staffRole: null, email: world.users.ownerA.email });

      const asAdminA = await callerFor({
        database: { ...testDb(), db: tx },
        userId: world.users.adminA.id,
      });
      await expect(
        asAdminA.members.updateRole({ membershipId: world.targetMembershipId, role: "owner" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      const [target] = await tx
        .select()
        .from(memberships)
        .where(eq(memberships.id, world.targetMembershipId));
      expect(target!.role).toBe("member");

      const anonymous = await callerFor({ database: { ...testDb(), db: tx } });
      const { userId } = await anonymous.auth.signUp({
        name: "Sneaky",
        email: "sneaky@example.test",
        password: PASSWORD,
        staffRole: "admin",
        tier: "enterprise",
      } as { name: string; email: string; password: string });
      const [sneaky] = await tx.select().from(users).where(eq(users.id, userId));
      expect(sneaky!.staffRole).toBeNull();
      const sneakyCaller = await callerFor({ database: { ...testDb(), db: tx }, userId });
      expect((await sneakyCaller.orgs.current()).plan.tier).toBe("free");
    });
    expect(db).toBeDefined();
  });
});
